package cn.zugong.plugin.training.requirement;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.rules.CreditRules;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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

    /**
     * This year's completion: of the cadres with a requirement in the year (training or online),
     * how many have met all of it.
     */
    public Completion yearCompletion() {
        return completion(Assessment.Applicable::year);
    }

    /** The window's completion: of the cadres with a requirement in the window, how many have met it. */
    public Completion windowCompletion() {
        return completion(Assessment.Applicable::window);
    }

    /** Cadres for whom no requirement could be worked out, with the reason. */
    public List<Assessment.NotApplicable> notApplicable() {
        return assessments.stream()
                .filter(Assessment.NotApplicable.class::isInstance)
                .map(Assessment.NotApplicable.class::cast)
                .toList();
    }

    private Completion completion(Function<Assessment.Applicable, PeriodStanding> period) {
        List<PeriodStanding> standings =
                applicable(a -> period.apply(a).applies()).stream().map(period).toList();
        return new Completion(standings.stream().filter(PeriodStanding::met).count(), standings.size());
    }

    private List<Assessment.Applicable> applicable(Predicate<Assessment.Applicable> filter) {
        return assessments.stream()
                .filter(Assessment.Applicable.class::isInstance)
                .map(Assessment.Applicable.class::cast)
                .filter(filter)
                .toList();
    }
}
