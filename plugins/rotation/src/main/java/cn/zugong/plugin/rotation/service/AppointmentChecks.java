package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.plugin.rotation.avoidance.AvoidanceScan;
import cn.zugong.plugin.rotation.avoidance.Conflict;
import cn.zugong.plugin.rotation.avoidance.KinPair;
import cn.zugong.plugin.rotation.avoidance.RegionalRule;
import cn.zugong.plugin.rotation.rules.RuleValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the rotation gates ask before an appointment (issue item 3, DOMAIN §2.6, run at 动议, 考察 and
 * before the 讨论决定 vote): the candidate placed in the post the case fills, against the candidate's
 * relatives' posts (V-E2) and growth place (V-E1). The term and batch checks are in {@link
 * TermChecks} and {@link BatchChecks}.
 */
public final class AppointmentChecks {

    static final String EVIDENCE = "rotation/findings";

    private final PluginContext context;
    private final RuleSource rules;
    private final CountyFacts facts;

    public AppointmentChecks(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.facts = new CountyFacts(context);
    }

    /** The candidate at the case's post, or why there is nothing to check. */
    record Placement(CaseRef selection, CadreCareer career, Holding target, UnitRef unit) {}

    Optional<Placement> placement(GateCandidate candidate, Map<UUID, UnitRef> units) {
        if (candidate.kind() != SelectionKind.APPOINT) {
            return Optional.empty();
        }
        Optional<CaseRef> selection = context.selectionCases().find(candidate.caseId());
        Optional<UnitRef> unit = selection.flatMap(CaseRef::unitId).map(units::get);
        Optional<CadreCareer> career = context.careers().of(candidate.cadreId());
        if (selection.isEmpty() || unit.isEmpty() || career.isEmpty()) {
            return Optional.empty();
        }
        Holding target = new Holding(
                UUID.randomUUID(),
                selection.get().positionId(),
                Optional.of(unit.get().id()),
                unit.get().name(),
                "",
                selection.get().postLevel().or(candidate::targetLevel),
                selection.get().principal(),
                false,
                true,
                candidate.at(),
                Optional.empty(),
                Optional.empty());
        return Optional.of(new Placement(selection.get(), career.get(), target, unit.get()));
    }

    /** V-E1 and V-E2: blocks a post that would put the candidate in a conflict the rules forbid. */
    public GateResult avoidance(GateCandidate candidate) {
        CountyFacts.Careers careers = facts.careers(candidate.tenant());
        Map<UUID, UnitRef> units = units(careers);
        Optional<Placement> placement = placement(candidate, units);
        if (placement.isEmpty()) {
            return GateResult.pass("rotation.gate.noPost");
        }
        RuleValues values = rules.rules(candidate.tenant(), candidate.at());
        AvoidanceScan scan = new AvoidanceScan(values, careers.organs(), facts.confirmedPlaces(candidate.tenant()));
        Map<UUID, CadreCareer> byId = careers.inOffice().stream()
                .collect(Collectors.toMap(CadreCareer::cadreId, Function.identity(), (a, b) -> a));
        Holding target = placement.get().target();
        for (KinPair pair : facts.relatives(candidate.tenant(), careers, candidate.at())) {
            if (!pair.first().equals(candidate.cadreId()) && !pair.second().equals(candidate.cadreId())) {
                continue;
            }
            CadreCareer relative = byId.get(pair.other(candidate.cadreId()));
            if (relative == null) {
                continue;
            }
            List<Conflict> conflicts = scan.kinship(pair, List.of(target), relative.heldOn(candidate.at()));
            if (!conflicts.isEmpty()) {
                Conflict first = conflicts.getFirst();
                return GateResult.block(
                                "rotation.gate.avoidance." + first.kind().name(),
                                relative.name(),
                                first.organName(),
                                first.kind().reference())
                        .withEvidence(EVIDENCE);
            }
        }
        Optional<Conflict> regional =
                scan.regional(candidate.cadreId(), placement.get().career().growthPlace(), target, candidate.tenant());
        if (regional.isPresent()) {
            String place = placement.get().career().growthPlace().orElse("");
            String unit = placement.get().unit().name();
            if (regional.get().blocking()) {
                return GateResult.block("rotation.gate.avoidance.REGIONAL", place, unit);
            }
            return RegionalRule.isCity(candidate.tenant())
                    ? GateResult.warning("rotation.gate.avoidance.regionalCity", place, unit)
                    : GateResult.warning("rotation.gate.avoidance.regionalUnconfirmed", place, unit)
                            .withEvidence(TermsLink.of(candidate.cadreId()));
        }
        return GateResult.pass("rotation.gate.avoidance.none");
    }

    static Map<UUID, UnitRef> units(CountyFacts.Careers careers) {
        return careers.organs().all().stream().collect(Collectors.toMap(UnitRef::id, Function.identity()));
    }
}
