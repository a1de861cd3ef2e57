package cn.zugong.core.cadre.application;

import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFacts;
import cn.zugong.core.cadre.domain.CadreFile;
import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadrePhoto;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.cadre.domain.CadreRow;
import cn.zugong.core.cadre.domain.CadreStatusChange;
import cn.zugong.core.cadre.domain.CadreValidator;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.NamePinyin;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.cadre.domain.Resume;
import cn.zugong.core.cadre.domain.RewardKind;
import cn.zugong.core.cadre.domain.RewardPunishment;
import cn.zugong.core.cadre.infrastructure.CadreWhere;
import cn.zugong.core.cadre.infrastructure.TallyRows;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.ReportsConnectionProvider;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.TextLimits;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases on cadre files: the list, the file, saving. Reads are limited to the request's readable
 * tenants; a cadre of another tenant is reported as missing, never as forbidden. Sensitive parts
 * are left out for users without the sensitive roles ({@link CountyAccess}). A supervisor's list is
 * read from the reports' unit (the replica when there is one), everything else from the primary.
 */
@ApplicationScoped
@Transactional
public class CadreService {

    /** The unit joined on its whole key, so that a list across counties finds it by its primary key. */
    private static final String FROM =
            " from Cadre c left join OrgUnit u on u.tenantId = c.tenantId and u.id = c.unitId";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    /** The reports' unit (the replica when there is one): a supervisor's list and count. */
    @PersistenceContext(unitName = ReportsConnectionProvider.UNIT)
    EntityManager reports;

    @Inject
    CadreAudit audit;

    @Inject
    HeldFigureLookup figures;

    public List<CadreRow> list(CadreQuery query) {
        CadreWhere where = CadreWheres.of(lists(), query.filter(), figures);
        TypedQuery<CadreRow> select = lists().createQuery(
                        "select new cn.zugong.core.cadre.domain.CadreRow(c.id, c.tenantId, c.name, c.gender, c.birthDate,"
                                + " c.ethnicity, u.name, c.currentPost, c.postLevel, c.civilRank, c.politicalStatus,"
                                + " c.education.fullTimeLevel, c.status, c.managementAuthority)" + FROM + where.clause()
                                + " order by " + query.sort().path + (query.ascending() ? " asc" : " desc")
                                + " nulls last, c.nameSort, c.name, c.id",
                        CadreRow.class);
        return where.bind(select)
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultList();
    }

    public int count(CadreFilter filter) {
        if (TallyRows.answers(filter) && TallyRows.kept(lists())) {
            // Without a filter but the status and the county, the tally kept with every change
            // counts them (a province's 540,000 cadres: a few hundred rows instead of every cadre).
            return Math.toIntExact(TallyRows.count(lists(), CountyAccess.readable(), filter.status(), filter.county()));
        }
        CadreWhere where = CadreWheres.of(lists(), filter, figures);
        // No unit join: the where clause reads only the cadre, and under the tenant wall PostgreSQL
        // cannot drop an unused outer join to a walled table (540,000 rows joined for a count).
        return where.bind(lists().createQuery("select count(c) from Cadre c" + where.clause(), Long.class))
                .getSingleResult()
                .intValue();
    }

    /**
     * Where the list is read: a supervisor's scope (no county to write in) reads the reports' unit,
     * a county's users the primary, so that their own last change is always in their list.
     */
    private EntityManager lists() {
        return TenancyHolder.current().writable().isPresent() ? em : reports;
    }

    public Optional<Cadre> find(UUID id) {
        Cadre cadre = em.find(Cadre.class, id);
        return Optional.ofNullable(cadre).filter(c -> CountyAccess.readable().contains(c.getTenantId()));
    }

    /** The full file of a cadre, as this user may see it. */
    public Optional<CadreFile> file(UUID id) {
        return find(id).map(this::fileOf);
    }

    /** Opens the full file for reading on screen: a sensitive read, recorded in the audit trail. */
    public Optional<CadreFile> openFile(UUID id) {
        Optional<CadreFile> file = file(id);
        file.ifPresent(f -> audit.read(CadreAudit.OPEN, f.cadre()));
        return file;
    }

    private CadreFile fileOf(Cadre cadre) {
        boolean sensitive = CountyAccess.canSeeSensitive();
        if (!sensitive) {
            em.detach(cadre);
            cadre.setIdNumber(null);
        }
        String unitName = cadre.getUnitId() == null
                ? null
                : Optional.ofNullable(em.find(OrgUnit.class, cadre.getUnitId()))
                        .map(OrgUnit::getName)
                        .orElse(null);
        List<RewardPunishment> rewards = parts(RewardPunishment.class, cadre.getId(), "decidedOn").stream()
                .filter(r -> sensitive || r.getKind() == RewardKind.REWARD)
                .toList();
        return new CadreFile(
                cadre,
                unitName,
                parts(PostHolding.class, cadre.getId(), "startDate"),
                sensitive ? parts(FamilyMember.class, cadre.getId(), "sortOrder") : List.of(),
                parts(Assessment.class, cadre.getId(), "year"),
                rewards,
                parts(CadreStatusChange.class, cadre.getId(), "effectiveDate"),
                em.find(CadrePhoto.class, cadre.getId()) != null,
                sensitive);
    }

    <T> List<T> parts(Class<T> type, UUID cadreId, String order) {
        return em.createQuery(
                        "select p from " + type.getSimpleName() + " p where p.cadreId = :cadre order by p." + order,
                        type)
                .setParameter("cadre", cadreId)
                .getResultList();
    }

    public Optional<CadrePhoto> photo(UUID cadreId) {
        return find(cadreId).map(c -> em.find(CadrePhoto.class, cadreId));
    }

    /** Saves the cadre's own fields; derived fields (pinyin, post, resume) follow. */
    public Cadre save(Cadre cadre) {
        String tenant = CountyAccess.requireWriter();
        if (cadre.getTenantId() != null && !cadre.getTenantId().equals(tenant)) {
            throw new AccessDeniedException("error.access.denied");
        }
        MovedOutFiles.refuseIfMoved(em, tenant, cadre.getId());
        List<Problem> problems = new ArrayList<>(CadreValidator.validate(cadre, LocalDate.now()));
        if (idNumberTaken(cadre)) {
            problems.add(new Problem("idNumber", "cadre.error.id-number.taken"));
        }
        problems = TextLimits.with(em, cadre, problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        cadre.setPinyin(NamePinyin.of(cadre.getName()));
        if (cadre.getStatusSince() == null) {
            cadre.setStatusSince(LocalDate.now());
        }
        String before = find(cadre.getId()).map(CadreAudit::snapshot).orElse(null);
        Cadre saved = em.merge(cadre);
        refreshDerived(saved);
        audit.changed(before, saved);
        return saved;
    }

    /** Current unit, post, level and (unless edited) resume from the post holdings. */
    void refreshDerived(Cadre cadre) {
        derive(cadre, parts(PostHolding.class, cadre.getId(), "startDate"));
    }

    /** Sets the fields that follow the holdings: the open main post's unit, post and level, and the unedited resume. */
    static void derive(Cadre cadre, List<PostHolding> holdings) {
        CadreFacts.currentMain(holdings).ifPresent(main -> {
            cadre.setUnitId(main.getUnitId());
            cadre.setCurrentPost(main.getUnitName() + main.getTitle());
            if (main.getPostLevel() != null) {
                cadre.setPostLevel(main.getPostLevel());
            }
        });
        if (!cadre.isResumeEdited()) {
            cadre.setResume(Resume.of(holdings));
        }
    }

    private boolean idNumberTaken(Cadre cadre) {
        if (CadreValidator.blank(cadre.getIdNumber())) {
            return false;
        }
        return !em.createQuery("select c.id from Cadre c where c.idNumber = :number and c.id <> :id", UUID.class)
                .setParameter("number", cadre.getIdNumber())
                .setParameter("id", cadre.getId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }
}
