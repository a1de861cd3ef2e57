package cn.zugong.plugin.training.requirement;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.rules.CreditRules;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The assessments of a county's cadres on one date, in the order the cadres were given, and the
 * lists of those short of the requirement.
 */
public record TenantStandings(List<Assessment> assessments) {

    public TenantStandings {
        assessments = List.copyOf(assessments);
    }

    /**
     * @param cadres the county's cadres, in the order the lists should keep
     * @param records their credited records, in any order
     * @param rules the rules in force on {@code on}
     * @param on the reference date
     */
    public static TenantStandings assess(
            List<CadreRef> cadres, Collection<CreditedRecord> records, CreditRules rules, LocalDate on) {
        Map<UUID, List<CreditedRecord>> byCadre =
                records.stream().collect(Collectors.groupingBy(CreditedRecord::cadreId));
        return new TenantStandings(cadres.stream()
                .map(cadre ->
                        RequirementCalculator.assess(cadre, byCadre.getOrDefault(cadre.id(), List.of()), rules, on))
                .toList());
    }

    /** Cadres who have not met this year's requirement (training or online) so far. */
    public List<Assessment.Applicable> shortThisYear() {
        return applicable(a -> !a.year().met());
    }

    /** Cadres who have not met the window's requirement so far. */
    public List<Assessment.Applicable> shortInWindow() {
        return applicable(a -> !a.window().met());
    }

    /** Cadres for whom no requirement could be worked out, with the reason. */
    public List<Assessment.NotApplicable> notApplicable() {
        return assessments.stream()
                .filter(Assessment.NotApplicable.class::isInstance)
                .map(Assessment.NotApplicable.class::cast)
                .toList();
    }

    private List<Assessment.Applicable> applicable(Predicate<Assessment.Applicable> filter) {
        return assessments.stream()
                .filter(Assessment.Applicable.class::isInstance)
                .map(Assessment.Applicable.class::cast)
                .filter(filter)
                .toList();
    }
}
