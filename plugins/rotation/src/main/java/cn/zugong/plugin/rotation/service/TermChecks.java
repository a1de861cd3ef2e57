package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.Holding;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.plugin.rotation.career.PostKey;
import cn.zugong.plugin.rotation.due.DueCalculator;
import cn.zugong.plugin.rotation.rules.RuleValues;
import cn.zugong.plugin.rotation.term.TermRecord;
import cn.zugong.plugin.rotation.term.TermRules;
import cn.zugong.plugin.rotation.term.Terms;
import java.util.List;
import java.util.Optional;

/**
 * The term checks of an appointment (DOMAIN §2.6): V-E4 blocks a nomination to a post the candidate
 * has held for the consecutive terms allowed, or to a level held for the cumulative years allowed
 * (任期规定 第六条, 第七条); V-E6 warns of a second special-need change within one term (第四条).
 */
public final class TermChecks {

    private final PluginContext context;
    private final RuleSource rules;
    private final CountyFacts facts;
    private final AppointmentChecks placements;

    public TermChecks(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.facts = new CountyFacts(context);
        this.placements = new AppointmentChecks(context);
    }

    public GateResult check(GateCandidate candidate) {
        CountyFacts.Careers careers = facts.careers(candidate.tenant());
        Optional<AppointmentChecks.Placement> placement =
                placements.placement(candidate, AppointmentChecks.units(careers));
        if (placement.isEmpty()) {
            return GateResult.pass("rotation.gate.noPost");
        }
        RuleValues values = rules.rules(candidate.tenant(), candidate.at());
        DueCalculator scope = new DueCalculator(values, careers.organs());
        Holding target = placement.get().target();
        List<TermRecord> corrections = careers.corrections().getOrDefault(candidate.cadreId(), List.of());
        List<TermRecord> terms =
                Terms.of(placement.get().career(), values.termYears(), scope::inTermScope, corrections, candidate.at());
        int served = TermRules.termsInPost(terms, PostKey.of(target));
        if (target.positionId().isPresent() && served >= values.consecutiveTermsMax()) {
            return GateResult.block("rotation.gate.terms.consecutive", String.valueOf(served))
                    .withEvidence(TermsLink.of(candidate.cadreId()));
        }
        if (scope.inTermScope(target) && target.postLevel().isPresent()) {
            String level = target.postLevel().get();
            List<Holding> atLevel = placement.get().career().holdings().stream()
                    .filter(h -> h.postLevel().filter(level::equals).isPresent())
                    .filter(scope::inTermScope)
                    .toList();
            if (TermRules.cumulativeReached(atLevel, candidate.at(), values.cumulativeLevelYears())) {
                return GateResult.block("rotation.gate.terms.cumulative", String.valueOf(values.cumulativeLevelYears()))
                        .withEvidence(TermsLink.of(candidate.cadreId()));
            }
        }
        if (TermRules.tooManySpecialNeedChanges(terms, candidate.at(), values.termYears(), values.specialNeedMax())) {
            return GateResult.warning("rotation.gate.terms.specialNeed", String.valueOf(values.specialNeedMax()))
                    .withEvidence(TermsLink.of(candidate.cadreId()));
        }
        return GateResult.pass("rotation.gate.terms.none");
    }
}
