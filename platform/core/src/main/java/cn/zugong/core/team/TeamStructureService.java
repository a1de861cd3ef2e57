package cn.zugong.core.team;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The leadership teams of the counties the caller reads, at a reference date, with the structure
 * rules of their province. Two statements load everything (the units, and the leadership main
 * posts held at the date with their holders' facts); the figures are then counted per team. A
 * supervisor opening one team's members is an audited read in that county's chain, as the
 * dashboard's drill-down to a named record is.
 */
@ApplicationScoped
@Transactional
public class TeamStructureService {

    public static final String READ = "unit.team.read";

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    AuditTrail audit;

    /** Every team of the readable counties at the date, by county and unit name. */
    public TeamsOverview teams(LocalDate at) {
        List<String> readable = CountyAccess.readable();
        List<OrgUnit> units = em.createQuery(
                        "select u from OrgUnit u where u.tenantId in :readable order by u.tenantId, u.name",
                        OrgUnit.class)
                .setParameter("readable", readable)
                .getResultList();
        Map<UUID, List<TeamMember>> members = members(readable, null, at);
        List<Team> teams = units.stream()
                .map(u -> team(u, at, members.getOrDefault(u.getId(), List.of())))
                .toList();
        Map<String, StructureRules> rules = new LinkedHashMap<>();
        readable.stream()
                .filter(c -> !c.equals("-"))
                .map(StructureRules::provinceOf)
                .distinct()
                .forEach(p -> rules.put(p, rules(p, at)));
        return new TeamsOverview(readable.stream().filter(c -> !c.equals("-")).toList(), teams, rules);
    }

    /**
     * One team of a county the caller reads, its members named; audited when a supervisor opens it.
     *
     * @throws ValidationException when the unit is not one the caller reads
     */
    public Team team(UUID unitId, LocalDate at) {
        OrgUnit unit = Optional.ofNullable(em.find(OrgUnit.class, unitId))
                .filter(u -> CountyAccess.readable().contains(u.getTenantId()))
                .orElseThrow(
                        () -> new ValidationException(List.of(new Problem("unit", "team.error.unknown", List.of()))));
        Team team =
                team(unit, at, members(List.of(unit.getTenantId()), unitId, at).getOrDefault(unitId, List.of()));
        if (TenancyHolder.current().writable().isEmpty()) {
            audit.record(
                    new TenantId(unit.getTenantId()),
                    READ,
                    "unit",
                    unitId.toString(),
                    unit.getName(),
                    null,
                    AuditJson.of(Map.of("at", at.toString(), "members", team.size())));
        }
        return team;
    }

    /** The rules in force for a province at a date. */
    public StructureRules rules(String province, LocalDate at) {
        List<StructureRulePack> packs = em.createQuery(
                        "select p from StructureRulePack p where p.province in :provinces", StructureRulePack.class)
                .setParameter("provinces", List.of(StructureRulePack.NATIONAL, province))
                .getResultList();
        try {
            return StructureRules.resolve(packs, province, at);
        } catch (IllegalArgumentException e) {
            throw new ValidationException(List.of(new Problem("at", "team.error.no-pack", List.of(at.toString()))));
        }
    }

    private static Team team(OrgUnit unit, LocalDate at, List<TeamMember> members) {
        List<TeamMember> sorted = members.stream()
                .sorted(Comparator.comparing(TeamMember::principal)
                        .reversed()
                        .thenComparing(m -> Objects.requireNonNullElse(m.since(), LocalDate.MIN)))
                .toList();
        return new Team(
                unit.getTenantId(),
                unit.getId(),
                unit.getName(),
                unit.getType(),
                unit.getPrincipalPosts(),
                unit.getDeputyPosts(),
                at,
                sorted);
    }

    /** The holders of leadership main posts at the date, per unit, each cadre once per unit. */
    private Map<UUID, List<TeamMember>> members(List<String> readable, UUID unitId, LocalDate at) {
        TypedQuery<Object[]> query = em.createQuery(
                        "select h.unitId, h.cadreId, c.name, h.title, h.principal, c.birthDate, c.gender,"
                                + " c.education.fullTimeLevel, c.education.inServiceLevel, c.education.expertise,"
                                + " h.startDate from PostHolding h, Cadre c"
                                + " where c.tenantId = h.tenantId and c.id = h.cadreId and h.tenantId in :readable"
                                + (unitId == null ? " and h.unitId is not null" : " and h.unitId = :unit")
                                + " and h.mainPost = true and h.postLevel is not null and h.startDate <= :at"
                                + " and (h.endDate is null or h.endDate > :at)",
                        Object[].class)
                .setParameter("readable", readable)
                .setParameter("at", at);
        if (unitId != null) {
            query.setParameter("unit", unitId);
        }
        List<Object[]> rows = query.getResultList();
        Map<UUID, Map<UUID, TeamMember>> byUnit = new HashMap<>();
        for (Object[] row : rows) {
            TeamMember member = new TeamMember(
                    (UUID) row[1],
                    (String) row[2],
                    (String) row[3],
                    (Boolean) row[4],
                    age((LocalDate) row[5], at),
                    (Gender) row[6],
                    highest((EducationLevel) row[7], (EducationLevel) row[8]),
                    (String) row[9],
                    (LocalDate) row[10]);
            byUnit.computeIfAbsent((UUID) row[0], k -> new LinkedHashMap<>())
                    .merge(member.cadreId(), member, (a, b) -> a.principal() ? a : b);
        }
        Map<UUID, List<TeamMember>> result = new HashMap<>();
        byUnit.forEach((unit, ofUnit) -> result.put(unit, new ArrayList<>(ofUnit.values())));
        return result;
    }

    private static Integer age(LocalDate born, LocalDate at) {
        return born == null || born.isAfter(at)
                ? null
                : Period.between(born, at).getYears();
    }

    private static EducationLevel highest(EducationLevel fullTime, EducationLevel inService) {
        return Stream.of(fullTime, inService)
                .filter(Objects::nonNull)
                .min(Enum::compareTo)
                .orElse(null);
    }
}
