package cn.zugong.core.unit;

import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.db.Like;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.TextLimits;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Use cases on organization units. Reads are limited to the request's readable tenants; writes
 * need a writable tenant and the officer or tenant-admin role. A unit of another tenant is
 * reported as missing, never as forbidden, so ids of other counties reveal nothing. Every save is
 * recorded in the audit trail with the unit before and after, in the same transaction.
 */
@ApplicationScoped
@Transactional
public class UnitService {

    private static final String FROM = " from OrgUnit u left join OrgUnit p on p.id = u.parentId"
            + " where u.tenantId in :readable and (:search = '' or lower(u.name) like :pattern" + Like.ESCAPE + ")";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    AuditTrail audit;

    public List<UnitRow> list(UnitQuery query) {
        TypedQuery<UnitRow> select = em.createQuery(
                "select new cn.zugong.core.unit.UnitRow(u.id, u.tenantId, u.name, u.type, p.name,"
                        + " u.principalPosts, u.deputyPosts)" + FROM + restriction(query.only()) + " order by "
                        + query.sort().path
                        + (query.ascending() ? " asc" : " desc") + ", u.id",
                UnitRow.class);
        return restrict(bind(select, query.search()), query.only())
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultList();
    }

    public int count(String search) {
        return count(search, null);
    }

    /** How many units match the search, among {@code only} unless it is {@code null}. */
    public int count(String search, Collection<UUID> only) {
        TypedQuery<Long> count = em.createQuery("select count(u)" + FROM + restriction(only), Long.class);
        return restrict(bind(count, search == null ? "" : search.strip()), only)
                .getSingleResult()
                .intValue();
    }

    private static String restriction(Collection<UUID> only) {
        return only == null ? "" : only.isEmpty() ? " and 1 = 0" : " and u.id in :only";
    }

    private static <T> TypedQuery<T> restrict(TypedQuery<T> query, Collection<UUID> only) {
        return only == null || only.isEmpty() ? query : query.setParameter("only", only);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, String search) {
        return query.setParameter("readable", readable())
                .setParameter("search", search)
                .setParameter("pattern", Like.contains(search.toLowerCase()));
    }

    public Optional<OrgUnit> find(UUID id) {
        OrgUnit unit = em.find(OrgUnit.class, id);
        return Optional.ofNullable(unit).filter(u -> readable().contains(u.getTenantId()));
    }

    /** Units whose name contains the text, for choosing a parent. */
    public List<OrgUnit> parentCandidates(String search, int offset, int limit) {
        String text = search == null ? "" : search.strip().toLowerCase();
        return em.createQuery(
                        "select u from OrgUnit u where u.tenantId in :readable and lower(u.name) like :pattern"
                                + Like.ESCAPE
                                + " order by u.name",
                        OrgUnit.class)
                .setParameter("readable", readable())
                .setParameter("pattern", Like.contains(text))
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    public OrgUnit save(OrgUnit unit) {
        String tenant = requireWriter();
        if (unit.getTenantId() != null && !unit.getTenantId().equals(tenant)) {
            throw new AccessDeniedException("error.access.denied");
        }
        if (unit.getParentId() != null && find(unit.getParentId()).isEmpty()) {
            throw new ValidationException(List.of(new Problem("parent", "unit.error.parent.missing")));
        }
        List<Problem> problems =
                TextLimits.with(em, unit, UnitValidator.validate(unit, this::parentOf, nameTaken(unit)));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String before = find(unit.getId()).map(UnitService::auditJson).orElse(null);
        OrgUnit saved = em.merge(unit);
        audit.record(
                before == null ? "unit.create" : "unit.update",
                "unit",
                saved.getId().toString(),
                saved.getName(),
                before,
                auditJson(saved));
        return saved;
    }

    /**
     * The audited fields of a unit. Read before the merge, so the "before" is the stored state:
     * callers pass a unit loaded in an earlier transaction (as the form does).
     */
    private static String auditJson(OrgUnit unit) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", unit.getName());
        fields.put("type", unit.getType());
        fields.put("parentId", unit.getParentId());
        fields.put("principalPosts", unit.getPrincipalPosts());
        fields.put("deputyPosts", unit.getDeputyPosts());
        return AuditJson.of(fields);
    }

    private Optional<UUID> parentOf(UUID id) {
        return find(id).map(OrgUnit::getParentId);
    }

    private boolean nameTaken(OrgUnit unit) {
        if (unit.getName() == null) {
            return false;
        }
        boolean root = unit.getParentId() == null;
        TypedQuery<UUID> query = em.createQuery(
                "select u.id from OrgUnit u where u.tenantId in :readable and u.name = :name and u.id <> :id and "
                        + (root ? "u.parentId is null" : "u.parentId = :parent"),
                UUID.class);
        if (!root) {
            query.setParameter("parent", unit.getParentId());
        }
        return !query.setParameter("readable", readable())
                .setParameter("name", unit.getName())
                .setParameter("id", unit.getId())
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Whether the current user may create and change units. */
    public static boolean canWrite() {
        return TenancyHolder.current().writable().isPresent()
                && (CurrentUserHolder.hasRole(CurrentUser.OFFICER)
                        || CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN));
    }

    private static String requireWriter() {
        if (!canWrite()) {
            throw new AccessDeniedException("error.access.readonly");
        }
        return TenancyHolder.current().writable().orElseThrow().code();
    }

    private static List<String> readable() {
        Tenancy tenancy = TenancyHolder.current();
        List<String> codes = List.copyOf(tenancy.readableCodes());
        return codes.isEmpty() ? List.of("-") : codes;
    }
}
