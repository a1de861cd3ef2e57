package cn.zugong.core.plugin.context;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.CadreProfile;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.PostQuota;
import cn.zugong.api.career.Relative;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.FamilyMember;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.unit.OrgUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Careers as plugins read them (SDK {@code CadreCareers}), through the platform's persistence unit:
 * the tenant filter and the database wall keep every query inside the request's readable tenants.
 * A county scan reads holdings and families in one query each, not cadre by cadre, so that a county
 * of thousands is read in well under a second. Every family read is audited in the cadre's county.
 */
@ApplicationScoped
@Transactional
public class RegistryCareers {

    /** A plugin read one cadre's family. */
    public static final String FAMILY_READ = "cadre.family.read";
    /** A plugin read the families of a county's cadres in office at once. */
    public static final String FAMILY_SCAN = "cadre.family.scan";

    private static final String HOLDINGS = "select h, p.keyPost from PostHolding h left join UnitPosition p"
            + " on p.id = h.positionId and p.tenantId = h.tenantId ";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    RegistryProfiles profiles;

    public Optional<CadreCareer> of(UUID cadreId) {
        Cadre cadre = em.find(Cadre.class, cadreId);
        if (cadre == null) {
            return Optional.empty();
        }
        List<Object[]> rows = em.createQuery(HOLDINGS + "where h.cadreId = :cadre order by h.startDate", Object[].class)
                .setParameter("cadre", cadreId)
                .getResultList();
        return Optional.of(career(
                cadre.getId(),
                cadre.getTenantId(),
                cadre.getName(),
                cadre.getGrowthPlace(),
                holdings(rows).getOrDefault(cadreId, List.of())));
    }

    public List<CadreCareer> inOffice() {
        // The four columns a career needs, not whole cadre entities: a county scan reads thousands.
        List<Object[]> cadres = em.createQuery(
                        "select c.id, c.tenantId, c.name, c.growthPlace from Cadre c where c.status = :active"
                                + " order by c.nameSort, c.name",
                        Object[].class)
                .setParameter("active", CadreStatus.ACTIVE)
                .getResultList();
        List<Object[]> rows = em.createQuery(
                        HOLDINGS + "where h.cadreId in (select c.id from Cadre c where c.status = :active)"
                                + " order by h.startDate",
                        Object[].class)
                .setParameter("active", CadreStatus.ACTIVE)
                .getResultList();
        Map<UUID, List<Holding>> byCadre = holdings(rows);
        return cadres.stream()
                .map(c -> career(
                        (UUID) c[0],
                        (String) c[1],
                        (String) c[2],
                        (String) c[3],
                        byCadre.getOrDefault((UUID) c[0], List.of())))
                .toList();
    }

    public List<Relative> family(String pluginId, UUID cadreId) {
        Cadre cadre = em.find(Cadre.class, cadreId);
        if (cadre == null) {
            return List.of();
        }
        List<Relative> family = em.createQuery(
                        "select f from FamilyMember f where f.cadreId = :cadre order by f.sortOrder",
                        FamilyMember.class)
                .setParameter("cadre", cadreId)
                .getResultStream()
                .map(RegistryCareers::relative)
                .toList();
        audit.record(
                new TenantId(cadre.getTenantId()),
                FAMILY_READ,
                "cadre",
                cadreId.toString(),
                cadre.getName(),
                null,
                AuditJson.of(Map.of("plugin", pluginId, "members", family.size())));
        return family;
    }

    public Map<UUID, List<Relative>> families(String pluginId) {
        List<Object[]> rows = em.createQuery(
                        "select f, c.tenantId from FamilyMember f join Cadre c on c.id = f.cadreId and c.tenantId ="
                                + " f.tenantId where c.status = :active order by f.cadreId, f.sortOrder",
                        Object[].class)
                .setParameter("active", CadreStatus.ACTIVE)
                .getResultList();
        Map<UUID, List<Relative>> byCadre = new LinkedHashMap<>();
        Map<String, Integer> filesPerTenant = new HashMap<>();
        for (Object[] row : rows) {
            FamilyMember member = (FamilyMember) row[0];
            List<Relative> members = byCadre.computeIfAbsent(member.getCadreId(), id -> new ArrayList<>());
            if (members.isEmpty()) {
                filesPerTenant.merge((String) row[1], 1, Integer::sum);
            }
            members.add(relative(member));
        }
        // One event per county and scan: a row per file would flood the chain on every scan.
        filesPerTenant.forEach((tenant, files) -> audit.record(
                new TenantId(tenant),
                FAMILY_SCAN,
                "tenant",
                tenant,
                pluginId,
                null,
                AuditJson.of(Map.of("plugin", pluginId, "files", files))));
        return byCadre;
    }

    public Optional<CadreProfile> profile(UUID cadreId) {
        return profiles.profile(cadreId);
    }

    public Map<UUID, CadreProfile> profiles(Collection<UUID> cadreIds) {
        return profiles.profiles(cadreIds);
    }

    public List<PostQuota> quotas() {
        return profiles.quotas();
    }

    public List<UnitRef> units() {
        return em.createQuery("select u from OrgUnit u order by u.name", OrgUnit.class)
                .getResultStream()
                .map(u -> new UnitRef(u.getId(), u.getName(), u.getType().name(), Optional.ofNullable(u.getParentId())))
                .toList();
    }

    private static Map<UUID, List<Holding>> holdings(Collection<Object[]> rows) {
        Map<UUID, List<Holding>> byCadre = new HashMap<>();
        for (Object[] row : rows) {
            PostHolding h = (PostHolding) row[0];
            byCadre.computeIfAbsent(h.getCadreId(), id -> new ArrayList<>())
                    .add(holding(h, Boolean.TRUE.equals(row[1])));
        }
        return byCadre;
    }

    private static CadreCareer career(UUID id, String tenant, String name, String growthPlace, List<Holding> holdings) {
        return new CadreCareer(
                id, new TenantId(tenant), name, Optional.ofNullable(growthPlace).filter(s -> !s.isBlank()), holdings);
    }

    private static Holding holding(PostHolding h, boolean keyPost) {
        return new Holding(
                h.getId(),
                Optional.ofNullable(h.getPositionId()),
                Optional.ofNullable(h.getUnitId()),
                h.getUnitName(),
                h.getTitle(),
                Optional.ofNullable(h.getPostLevel()).map(Enum::name),
                h.isPrincipal(),
                keyPost,
                h.isMainPost(),
                h.getStartDate(),
                Optional.ofNullable(h.getEndDate()),
                Optional.ofNullable(h.getTermNumber()));
    }

    private static Relative relative(FamilyMember f) {
        return new Relative(
                f.getId(),
                f.getRelation(),
                f.getKinshipClass().name(),
                f.getName(),
                Optional.ofNullable(f.getWorkUnitAndPost()).filter(s -> !s.isBlank()));
    }
}
