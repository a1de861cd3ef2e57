package cn.zugong.core.cadre.infrastructure.interchange;

import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.application.MovedOutFiles;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadrePhoto;
import cn.zugong.core.cadre.domain.CadreValidator;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.form.AppointmentForm;
import cn.zugong.core.cadre.infrastructure.lrmx.ArchiveEntry;
import cn.zugong.core.cadre.infrastructure.lrmx.InterchangeArchive;
import cn.zugong.core.cadre.infrastructure.lrmx.InterchangeException;
import cn.zugong.core.cadre.infrastructure.lrmx.InterchangeProblem;
import cn.zugong.core.cadre.infrastructure.lrmx.LrmxReader;
import cn.zugong.core.ops.OpsMetrics;
import cn.zugong.core.tenant.CountyAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Imports approval forms into the writer's county: one .lrmx file, or a zip of .lrmx files and
 * .lrm/.pic pairs. Every file is read, mapped and checked first; when any file has a problem,
 * nothing is written and every problem is returned with its file and field. Otherwise all files
 * are saved in one transaction: a file whose id number matches a stored cadre updates that cadre
 * (family and photo replaced, assessments and rewards merged), the others create cadres. Each save
 * is audited like an edit.
 */
@ApplicationScoped
@Transactional
public class LrmxImport {

    private static final String SKIPPED = "interchange.error.archive.entryType";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    CadreService cadres;

    private final LrmxReader reader = new LrmxReader();
    private final InterchangeArchive archive = new InterchangeArchive();

    public ImportOutcome importFile(String fileName, byte[] content) {
        CountyAccess.requireWriter();
        List<InterchangeProblem> problems = new ArrayList<>();
        List<InterchangeProblem> skipped = new ArrayList<>();
        List<Named> forms = read(fileName, content, problems, skipped);
        List<Mapped> mapped = new ArrayList<>();
        Set<String> idNumbers = new HashSet<>();
        for (Named named : forms) {
            Cadre cadre = existing(named.form().idNumber());
            if (cadre.getTenantId() != null && MovedOutFiles.isMovedOut(em, cadre.getTenantId(), cadre.getId())) {
                problems.add(new InterchangeProblem(
                        named.file(), "ShenFenZheng", MovedOutFiles.REFUSED, List.of(cadre.getIdNumber())));
                continue;
            }
            ColumnLengths.check(named.file(), named.form(), problems);
            FormToCadre.apply(named.file(), named.form(), cadre, problems);
            CadreValidator.validate(cadre, LocalDate.now())
                    .forEach(p ->
                            problems.add(new InterchangeProblem(named.file(), p.field(), p.messageKey(), p.args())));
            if (cadre.getIdNumber() != null && !idNumbers.add(cadre.getIdNumber())) {
                problems.add(new InterchangeProblem(
                        named.file(),
                        "ShenFenZheng",
                        "interchange.error.idnumber.duplicate",
                        List.of(cadre.getIdNumber())));
            }
            mapped.add(new Mapped(named, cadre));
        }
        if (forms.isEmpty() && problems.isEmpty()) {
            problems.add(new InterchangeProblem(fileName, "", "interchange.error.nothing", List.of()));
        }
        if (!problems.isEmpty()) {
            OpsMetrics.imported("lrmx", false, 0);
            return new ImportOutcome(problems, skipped, 0, 0);
        }
        int created = 0;
        for (Mapped m : mapped) {
            boolean isNew = m.cadre().getTenantId() == null;
            save(m);
            created += isNew ? 1 : 0;
        }
        OpsMetrics.imported("lrmx", true, mapped.size());
        return new ImportOutcome(List.of(), skipped, created, mapped.size() - created);
    }

    private List<Named> read(
            String fileName, byte[] content, List<InterchangeProblem> problems, List<InterchangeProblem> skipped) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        List<Named> forms = new ArrayList<>();
        try {
            if (lower.endsWith(".zip")) {
                for (ArchiveEntry entry : archive.read(fileName, new ByteArrayInputStream(content))) {
                    entry.form().ifPresent(form -> forms.add(new Named(entry.name(), form)));
                    entry.problems().forEach(p -> (p.messageKey().equals(SKIPPED) ? skipped : problems).add(p));
                }
            } else if (lower.endsWith(".lrmx")) {
                forms.add(new Named(fileName, reader.read(fileName, content)));
            } else {
                problems.add(new InterchangeProblem(fileName, "", "interchange.error.type", List.of()));
            }
        } catch (InterchangeException refused) {
            problems.addAll(refused.problems());
        }
        return forms;
    }

    /** The stored cadre of this id number in the writer's county, detached so the audit sees its old state. */
    private Cadre existing(String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return new Cadre();
        }
        List<Cadre> found = em.createQuery("select c from Cadre c where c.idNumber = :number", Cadre.class)
                .setParameter("number", idNumber.strip().toUpperCase(Locale.ROOT))
                .getResultList();
        found.forEach(em::detach);
        return found.isEmpty() ? new Cadre() : found.getFirst();
    }

    private void save(Mapped m) {
        Cadre saved = cadres.save(m.cadre());
        em.createQuery("delete from FamilyMember f where f.cadreId = :cadre")
                .setParameter("cadre", saved.getId())
                .executeUpdate();
        AppointmentForm form = m.named().form();
        for (FamilyMember member : FormToCadre.family(saved, form)) {
            em.persist(member);
        }
        ImportedRecords.merge(
                em, saved.getId(), FormToCadre.assessments(saved, form), FormToCadre.rewards(saved, form));
        byte[] photo = m.named().form().photo();
        if (photo.length > 0) {
            CadrePhoto stored = em.find(CadrePhoto.class, saved.getId());
            if (stored == null) {
                em.persist(new CadrePhoto(saved.getId(), MediaTypes.of(photo), photo));
            } else {
                stored.replace(MediaTypes.of(photo), photo);
            }
        }
    }

    private record Named(String file, AppointmentForm form) {}

    private record Mapped(Named named, Cadre cadre) {}
}
