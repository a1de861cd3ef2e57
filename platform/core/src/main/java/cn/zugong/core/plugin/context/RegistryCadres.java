package cn.zugong.core.plugin.context;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.Cadre;
import cn.zugong.core.cadre.CadreStatus;
import jakarta.enterprise.context.ApplicationScoped;
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
