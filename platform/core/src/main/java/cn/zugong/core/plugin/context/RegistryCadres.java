package cn.zugong.core.plugin.context;

import cn.zugong.api.cadre.CadreFilter;
import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.cadre.CadreSort;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.cadre.domain.CadreRow;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.unit.PostLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The cadre registry as plugins read it, through the platform's persistence unit: the tenant
 * filter and the database wall limit every query to the request's readable tenants.
 */
@ApplicationScoped
@Transactional
public class RegistryCadres {

    private static final String SELECT =
            "select c, u.name from Cadre c left join OrgUnit u on u.id = c.unitId and u.tenantId = c.tenantId ";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    CadreService list;

    public Optional<CadreRef> find(UUID id) {
        return em.createQuery(SELECT + "where c.id = :id", Object[].class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst()
                .map(RegistryCadres::ref);
    }

    public Optional<CadreRef> byIdentityNumber(String identityNumber) {
        return em.createQuery(SELECT + "where upper(c.idNumber) = :number", Object[].class)
                .setParameter("number", identityNumber.trim().toUpperCase(Locale.ROOT))
                .getResultStream()
                .findFirst()
                .map(RegistryCadres::ref);
    }

    public List<CadreRef> active() {
        return em.createQuery(SELECT + "where c.status = :active order by c.nameSort, c.name", Object[].class)
                .setParameter("active", CadreStatus.ACTIVE)
                .getResultStream()
                .map(RegistryCadres::ref)
                .toList();
    }

    /** A page of the cadre list, with the list's own filters, order and paging ({@link CadreService}). */
    public List<CadreRef> page(CadreFilter filter, CadreSort sort, boolean ascending, int offset, int limit) {
        return list.list(new CadreQuery(core(filter), order(sort), ascending, offset, limit)).stream()
                .map(RegistryCadres::ref)
                .toList();
    }

    public int count(CadreFilter filter) {
        return list.count(core(filter));
    }

    /** The SDK's filter as the cadre list's; an unknown level or status code is refused. */
    static cn.zugong.core.cadre.domain.CadreFilter core(CadreFilter filter) {
        CadreFilter f = filter == null ? CadreFilter.ALL : filter;
        return new cn.zugong.core.cadre.domain.CadreFilter(
                f.search(),
                f.unitId(),
                code(PostLevel.class, f.postLevel()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                code(CadreStatus.class, f.status()),
                null,
                null);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String code) {
        return code == null || code.isBlank() ? null : Enum.valueOf(type, code.strip());
    }

    private static CadreQuery.Sort order(CadreSort sort) {
        return switch (sort == null ? CadreSort.NAME : sort) {
            case NAME -> CadreQuery.Sort.NAME;
            case BIRTH_DATE -> CadreQuery.Sort.BIRTH;
            case UNIT -> CadreQuery.Sort.UNIT;
            case POST_LEVEL -> CadreQuery.Sort.POST_LEVEL;
            case STATUS -> CadreQuery.Sort.STATUS;
        };
    }

    private static CadreRef ref(CadreRow row) {
        return new CadreRef(
                row.id(),
                new TenantId(row.tenantId()),
                row.name(),
                Optional.ofNullable(row.birthDate()),
                Optional.ofNullable(row.unitName()),
                Optional.ofNullable(row.currentPost()),
                Optional.ofNullable(row.postLevel()).map(Enum::name),
                row.status() == CadreStatus.ACTIVE);
    }

    private static CadreRef ref(Object[] row) {
        return ref((Cadre) row[0], (String) row[1]);
    }

    /** What a plugin may read of a cadre, with the unit name of its main post. */
    public static CadreRef ref(Cadre c, String unitName) {
        return new CadreRef(
                c.getId(),
                new TenantId(c.getTenantId()),
                c.getName(),
                Optional.ofNullable(c.getBirthDate()),
                Optional.ofNullable(unitName),
                Optional.ofNullable(c.getCurrentPost()),
                Optional.ofNullable(c.getPostLevel()).map(Enum::name),
                c.getStatus() == CadreStatus.ACTIVE);
    }
}
