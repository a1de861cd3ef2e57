package cn.zugong.core.team;

import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.unit.UnitType;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * A unit's leadership team at a reference date: its approved posts (zhishu) and the holders of its
 * leadership main posts then, with the figures its targets are measured by. Members of unknown
 * age or education count in the team's size but in no band, so a gap in the registry never helps
 * a team meet a share.
 */
public record Team(
        String tenantId,
        UUID unitId,
        String unitName,
        UnitType unitType,
        int principalPosts,
        int deputyPosts,
        LocalDate at,
        List<TeamMember> members) {

    public Team {
        members = List.copyOf(members);
    }

    public int size() {
        return members.size();
    }

    /** Approved posts not held: principal and deputy seats counted apart. */
    public int vacancies() {
        long principals = members.stream().filter(TeamMember::principal).count();
        long deputies = members.size() - principals;
        return (int) (Math.max(0, principalPosts - principals) + Math.max(0, deputyPosts - deputies));
    }

    public long women() {
        return count(m -> m.gender() == Gender.FEMALE);
    }

    public long under45() {
        return count(m -> m.age() != null && m.age() < 45);
    }

    public long from45To55() {
        return count(m -> m.age() != null && m.age() >= 45 && m.age() <= 55);
    }

    public long over55() {
        return count(m -> m.age() != null && m.age() > 55);
    }

    public long atMost(int age) {
        return count(m -> m.age() != null && m.age() <= age);
    }

    /** Members with university education or above. */
    public long university() {
        return count(m -> m.education() != null && m.education().compareTo(EducationLevel.UNIVERSITY) <= 0);
    }

    /** Distinct fields of expertise (blank ones not counted). */
    public long expertise() {
        return members.stream()
                .map(TeamMember::expertise)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .count();
    }

    public OptionalDouble averageAge() {
        return members.stream()
                .map(TeamMember::age)
                .filter(Objects::nonNull)
                .mapToInt(Integer::intValue)
                .average();
    }

    /** Whole years the team has been together as it is: since its latest member took up the post. */
    public int yearsTogether() {
        return members.stream()
                .map(TeamMember::since)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo)
                .map(latest ->
                        latest.isAfter(at) ? 0 : Period.between(latest, at).getYears())
                .orElse(0);
    }

    /** Whether the rules measure this team: a unit of a team type with enough approved posts. */
    public boolean measured(StructureRules rules) {
        return rules.teamUnitTypes().contains(unitType) && principalPosts + deputyPosts >= rules.teamMinPosts();
    }

    /** One finding per target that applies; empty when the team is not measured. */
    public List<TeamFinding> findings(StructureRules rules) {
        List<TeamFinding> findings = new ArrayList<>();
        if (!measured(rules)) {
            return findings;
        }
        if (rules.womenUnitTypes().contains(unitType) && rules.womenMin() > 0) {
            findings.add(atLeast(TeamTarget.WOMEN, women(), rules.womenMin()));
        }
        if (rules.youngerMin() > 0) {
            findings.add(atLeast(TeamTarget.YOUNGER, atMost(rules.youngerMaxAge()), rules.youngerMin()));
        }
        if (rules.under45MinPercent() > 0) {
            findings.add(share(TeamTarget.UNDER_45, under45(), rules.under45MinPercent(), true));
        }
        if (rules.over55MaxPercent() < 100) {
            findings.add(share(TeamTarget.OVER_55, over55(), rules.over55MaxPercent(), false));
        }
        if (rules.universityMinPercent() > 0) {
            findings.add(share(TeamTarget.UNIVERSITY, university(), rules.universityMinPercent(), true));
        }
        if (rules.expertiseMin() > 0) {
            findings.add(atLeast(TeamTarget.EXPERTISE, expertise(), rules.expertiseMin()));
        }
        findings.add(new TeamFinding(
                TeamTarget.VACANCIES, vacancies() <= rules.vacanciesMax(), vacancies(), rules.vacanciesMax()));
        return findings;
    }

    /** The targets the team misses. */
    public List<TeamFinding> missed(StructureRules rules) {
        return findings(rules).stream().filter(f -> !f.met()).toList();
    }

    private static TeamFinding atLeast(TeamTarget target, long actual, int required) {
        return new TeamFinding(target, actual >= required, actual, required);
    }

    /** A share in whole percent (rounded down); an empty team meets no minimum and every maximum. */
    private TeamFinding share(TeamTarget target, long count, int percent, boolean minimum) {
        int size = members.size();
        long actual = size == 0 ? 0 : count * 100 / size;
        boolean met = minimum ? size > 0 && count * 100 >= (long) percent * size : count * 100 <= (long) percent * size;
        return new TeamFinding(target, met, actual, percent);
    }

    private long count(Predicate<TeamMember> test) {
        return members.stream().filter(test).count();
    }
}
