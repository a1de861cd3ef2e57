package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.AppointmentForms;
import cn.zugong.core.cadre.domain.CadrePhoto;
import cn.zugong.core.cadre.infrastructure.print.ApprovalFormPdf;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Prints a cadre's approval form as PDF, with what the user may see of the file. */
@ApplicationScoped
@Transactional
public class CadrePrint {

    private final ApprovalFormPdf pdf = new ApprovalFormPdf();

    @Inject
    CadreService cadres;

    @Inject
    CadreAudit audit;

    /** The PDF of the cadre's form with ages at the reference date; empty for a cadre the user may not read. */
    public Optional<byte[]> approvalForm(UUID cadreId, LocalDate reference) {
        return cadres.file(cadreId).map(file -> {
            byte[] photo = cadres.photo(cadreId).map(CadrePhoto::getContent).orElse(new byte[0]);
            String filledBy =
                    CurrentUserHolder.current().map(CurrentUser::displayName).orElse("");
            audit.read(CadreAudit.PRINT, file.cadre());
            return pdf.render(AppointmentForms.of(file, photo, reference, filledBy));
        });
    }
}
