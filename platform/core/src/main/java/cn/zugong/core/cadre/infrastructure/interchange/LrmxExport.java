package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.core.cadre.application.CadreAudit;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.AppointmentForms;
import cn.zugong.core.cadre.domain.CadrePhoto;
import cn.zugong.core.cadre.infrastructure.lrmx.LrmxWriter;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Exports a cadre's approval form as .lrmx, with what the user may see of the file, the elements
 * an earlier import kept and that file's own wording where the registry still says the same
 * ({@link KeptWording}); every export is audited. Ages are computed at the reference date given.
 */
@ApplicationScoped
@Transactional
public class LrmxExport {

    private final LrmxWriter writer = new LrmxWriter();

    @Inject
    CadreService cadres;

    @Inject
    CadreAudit audit;

    public Optional<byte[]> export(UUID cadreId, LocalDate reference) {
        return cadres.file(cadreId).map(file -> {
            byte[] photo = cadres.photo(cadreId).map(CadrePhoto::getContent).orElse(new byte[0]);
            String filledBy =
                    CurrentUserHolder.current().map(CurrentUser::displayName).orElse("");
            audit.read(CadreAudit.EXPORT, file.cadre());
            List<String> extras = ExtraElements.split(file.cadre().getInterchangeExtra());
            List<String> unknown =
                    extras.stream().filter(e -> !KeptWording.isKept(e)).toList();
            List<String> kept = extras.stream().filter(KeptWording::isKept).toList();
            return writer.write(KeptWording.apply(
                    AppointmentForms.of(file, photo, reference, filledBy, unknown), kept, file.sensitive()));
        });
    }
}
