package cn.zugong.core.plugin.context;

import cn.zugong.api.career.AssessmentResult;
import cn.zugong.api.career.CadreProfile;
import cn.zugong.api.career.PostQuota;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.cadre.domain.Assessment;
import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreEducation;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.post.QuotaFilter;
import cn.zugong.core.post.QuotaQuery;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.unit.PostLevel;
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
 * Cadre profiles and post quotas as plugins read them (SDK {@code CadreCareers.profile},
 * {@code profiles}, {@code quotas}): read only, through the platform's persistence unit, so the
 * tenant filter and the database wall keep them inside the request's readable counties.
 */
@ApplicationScoped
@Transactional
public class RegistryProfiles {

    private static final int PAGE = 500;

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    QuotaService quotas;

    public Optional<CadreProfile> profile(UUID cadreId) {
        return Optional.ofNullable(profiles(List.of(cadreId)).get(cadreId));
    }

    /** The profiles of the given cadres in two queries (files, then grades). */
    public Map<UUID, CadreProfile> profiles(Collection<UUID> cadreIds) {
        if (cadreIds.isEmpty()) {
            return Map.of();
        }
        List<UUID> ids = List.copyOf(new java.util.LinkedHashSet<>(cadreIds));
        List<Cadre> cadres = em.createQuery("select c from Cadre c where c.id in :ids", Cadre.class)
                .setParameter("ids", ids)
                .getResultList();
        Map<UUID, List<AssessmentResult>> grades = new HashMap<>();
        em.createQuery("select a from Assessment a where a.cadreId in :ids order by a.year", Assessment.class)
                .setParameter("ids", ids)
                .getResultStream()
                .filter(a -> a.getGrade() != null)
                .forEach(a -> grades.computeIfAbsent(a.getCadreId(), id -> new ArrayList<>())
                        .add(new AssessmentResult(a.getYear(), a.getGrade().name())));
        Map<UUID, CadreProfile> profiles = new LinkedHashMap<>();
        for (Cadre c : cadres) {
            profiles.put(c.getId(), profile(c, grades.getOrDefault(c.getId(), List.of())));
        }
        return profiles;
    }

    /** Two rows per readable unit: its principal posts, then its deputy posts. */
    public List<PostQuota> quotas() {
        List<UnitQuota> units = new ArrayList<>();
        List<UnitQuota> page;
        do {
            page = quotas.list(new QuotaQuery(QuotaFilter.ALL, QuotaQuery.Sort.NAME, true, units.size(), PAGE));
            units.addAll(page);
        } while (page.size() == PAGE);
        List<PostQuota> rows = new ArrayList<>();
        for (UnitQuota q : units) {
            TenantId county = new TenantId(q.tenantId());
            rows.add(new PostQuota(
                    county,
                    q.unitId(),
                    q.unitName(),
                    level(q.rank()),
                    true,
                    q.principalApproved(),
                    q.principalOccupied()));
            rows.add(new PostQuota(
                    county,
                    q.unitId(),
                    q.unitName(),
                    level(q.deputyLevel()),
                    false,
                    q.deputyApproved(),
                    q.deputyOccupied()));
        }
        return rows;
    }

    private static String level(PostLevel level) {
        return level == null ? "" : level.name();
    }

    private static CadreProfile profile(Cadre c, List<AssessmentResult> grades) {
        CadreEducation education = c.education();
        Optional<EducationLevel> fullTime = Optional.ofNullable(education.getFullTimeLevel());
        Optional<EducationLevel> inService = Optional.ofNullable(education.getInServiceLevel());
        // Highest first in EducationLevel: the lower ordinal is the higher level.
        Optional<EducationLevel> highest = fullTime.isEmpty()
                ? inService
                : inService.filter(i -> i.ordinal() < fullTime.get().ordinal()).or(() -> fullTime);
        return new CadreProfile(
                c.getId(),
                new TenantId(c.getTenantId()),
                Optional.ofNullable(c.getGender()).map(Enum::name),
                Optional.ofNullable(c.getEthnicity()).filter(s -> !s.isBlank()),
                Optional.ofNullable(c.getPoliticalStatus()).map(Enum::name),
                highest.map(Enum::name),
                fullTime.map(Enum::name),
                Optional.ofNullable(c.getBirthDate()),
                grades);
    }
}
