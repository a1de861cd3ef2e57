package cn.zugong.core.team;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The teams of the counties the caller reads at one date, with the rules of each province: per
 * county the teams measured and those missing a target, side by side for a supervisor.
 */
public record TeamsOverview(List<String> counties, List<Team> teams, Map<String, StructureRules> rules) {

    public TeamsOverview {
        counties = List.copyOf(new TreeSet<>(counties));
        teams = List.copyOf(teams);
        rules = Map.copyOf(rules);
    }

    /** The rules a county's teams are measured against. */
    public StructureRules rulesOf(String county) {
        return rules.get(StructureRules.provinceOf(county));
    }

    /** A county's measured teams. */
    public List<Team> measured(String county) {
        StructureRules of = rulesOf(county);
        return teams.stream()
                .filter(t -> t.tenantId().equals(county) && t.measured(of))
                .toList();
    }

    /** A county's measured teams that miss at least one target. */
    public List<Team> missing(String county) {
        StructureRules of = rulesOf(county);
        return measured(county).stream().filter(t -> !t.missed(of).isEmpty()).toList();
    }

    /** How many of a county's measured teams miss the target. */
    public long missing(String county, TeamTarget target) {
        StructureRules of = rulesOf(county);
        return measured(county).stream()
                .filter(t -> t.missed(of).stream().anyMatch(f -> f.target() == target))
                .count();
    }
}
