package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.due.Due;
import cn.zugong.plugin.rotation.due.DueCalculator;
import cn.zugong.plugin.rotation.due.DueRule.DueList;
import cn.zugong.plugin.rotation.rules.RuleValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A county's lists of who must or should move, whose terms are up, and who becomes due soon (issue item 1). */
public final class DueService {

    private final PluginContext context;
    private final RuleSource rules;
    private final CountyFacts facts;

    public DueService(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.facts = new CountyFacts(context);
    }

    /**
     * The county's lists on {@code today}.
     *
     * @param must due under V-E3 (same post) or V-E7
     * @param should due under V-E3 (same level), not already on the must list
     * @param terms at a V-E4 limit
     * @param becoming not due yet, due within the reminder's months
     * @param inOffice the cadres in office counted
     */
    public record DueLists(List<Due> must, List<Due> should, List<Due> terms, List<Due> becoming, int inOffice) {

        /** The distinct cadres on a list. */
        public static long cadres(List<Due> list) {
            return list.stream().map(Due::cadreId).distinct().count();
        }
    }

    /** @throws UnreadableRulesException when the county's rule overrides cannot be read */
    public DueLists lists(TenantId county, LocalDate today) {
        RuleValues values = rules.rules(county, today);
        CountyFacts.Careers careers = facts.careers(county);
        DueCalculator calculator = new DueCalculator(values, careers.organs());
        List<Due> all = new ArrayList<>();
        for (CadreCareer career : careers.inOffice()) {
            all.addAll(calculator.of(career, careers.corrections().getOrDefault(career.cadreId(), List.of()), today));
        }
        List<Due> due = all.stream().filter(d -> d.dueBy(today)).toList();
        List<Due> must = on(due, DueList.MUST);
        Set<UUID> mustCadres = must.stream().map(Due::cadreId).collect(Collectors.toSet());
        List<Due> should = on(due, DueList.SHOULD).stream()
                .filter(d -> !mustCadres.contains(d.cadreId()))
                .toList();
        LocalDate horizon = today.plusMonths(values.reminderDueMonths());
        List<Due> becoming = all.stream()
                .filter(d -> !d.dueBy(today) && !d.dueOn().isAfter(horizon))
                .sorted(Comparator.comparing(Due::dueOn).thenComparing(Due::name))
                .toList();
        return new DueLists(
                must,
                should,
                on(due, DueList.TERMS),
                becoming,
                careers.inOffice().size());
    }

    public LocalDate today() {
        return rules.today();
    }

    private static List<Due> on(List<Due> due, DueList list) {
        return due.stream()
                .filter(d -> d.rule().list() == list)
                .sorted(Comparator.comparing(Due::dueOn).thenComparing(Due::name))
                .toList();
    }
}
