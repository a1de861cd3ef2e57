package cn.zugong.core.selection.eligibility;

import static cn.zugong.core.selection.eligibility.EligibilityFinding.of;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Duty avoidance (gongwu huibi, DOMAIN.md 2.2, 5.5): a member of the inspection team ({@link
 * EligibilityRule#AVOIDANCE_INSPECTION}) or of the deciding committee ({@link
 * EligibilityRule#AVOIDANCE_MEETING}) withdraws when the candidate is themselves or a relative of
 * the kinship table (spouse, lineal, collateral within three generations, close in-law).
 *
 * <p>Members are recorded by name, so the registry knows a relation in two ways, both by exact
 * name (blanks ignored): a member named among the candidate's family members (any kinship class
 * but {@code SOCIAL}), or a cadre of the county of the member's name whose own family members name
 * the candidate. A member of the candidate's own name is the candidate. A namesake is therefore
 * taken for the person: the member withdraws, or the registry's names are corrected. Every
 * conflict is a hard failure.
 */
public final class DutyAvoidance {

    /** A relative of the candidate: the name and the relation (chengwei) as the file records them. */
    public record Relative(String name, String relation) {}

    private DutyAvoidance() {}

    /**
     * The conflicts of the members with one candidate, in the members' order; empty when none.
     *
     * @param family the candidate's family members that count for avoidance
     * @param namingCandidate per member name, the relation recorded in the family of a cadre of that
     *     name who lists the candidate (the relation as that cadre's file states it)
     */
    public static List<EligibilityFinding> check(
            EligibilityRule rule,
            String candidate,
            List<Relative> family,
            Collection<String> members,
            Map<String, String> namingCandidate) {
        if (rule != EligibilityRule.AVOIDANCE_INSPECTION && rule != EligibilityRule.AVOIDANCE_MEETING) {
            throw new IllegalArgumentException("Not an avoidance rule: " + rule);
        }
        List<EligibilityFinding> conflicts = new ArrayList<>();
        for (String member : members) {
            String key = normalized(member);
            if (key.isEmpty()) {
                continue;
            }
            if (key.equals(normalized(candidate))) {
                conflicts.add(of(rule, Outcome.FAIL, "self", member, candidate));
                continue;
            }
            Optional<String> relation = family.stream()
                    .filter(r -> normalized(r.name()).equals(key))
                    .map(r -> r.relation() == null ? "" : r.relation())
                    .findFirst()
                    .or(() -> Optional.ofNullable(namingCandidate.get(member)));
            relation.ifPresent(r -> conflicts.add(of(rule, Outcome.FAIL, "relative", member, candidate, r)));
        }
        return conflicts;
    }

    /**
     * The members of an inspection team as typed: names separated by the Chinese or Latin comma,
     * the enumeration comma, semicolons or line breaks.
     */
    public static List<String> teamMembers(String team) {
        if (team == null) {
            return List.of();
        }
        return Arrays.stream(team.split("[,，、;；\\n\\r]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static String normalized(String name) {
        return name == null ? "" : name.replaceAll("\\s+", "");
    }
}
