package cn.zugong.plugin.rotation.service;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.plugin.rotation.career.Organs;
import cn.zugong.plugin.rotation.rules.RuleValues;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * V-E5 [P] (a prefecture's rule, DOMAIN §2.1): an exchange batch takes at most 1/3 of a leadership
 * team, and the 党政正职 of one place are not moved away at the same time. The batch is what the
 * county's other open appointment cases would take from the candidate's team, the candidate
 * included; candidates of the same case are alternatives, not a batch. Warns only.
 */
public final class BatchChecks {

    private static final Set<String> PARTY_AND_GOVERNMENT = Set.of("PARTY_COMMITTEE", "GOVERNMENT");

    private final PluginContext context;
    private final RuleSource rules;
    private final CountyFacts facts;

    public BatchChecks(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
        this.facts = new CountyFacts(context);
    }

    public GateResult check(GateCandidate candidate) {
        if (candidate.kind() != SelectionKind.APPOINT) {
            return GateResult.pass("rotation.gate.noPost");
        }
        RuleValues values = rules.rules(candidate.tenant(), candidate.at());
        CountyFacts.Careers careers = facts.careers(candidate.tenant());
        Organs organs = careers.organs();
        LocalDate at = candidate.at();
        Map<UUID, CadreCareer> byId = careers.inOffice().stream()
                .collect(Collectors.toMap(CadreCareer::cadreId, Function.identity(), (a, b) -> a));
        CadreCareer career = byId.get(candidate.cadreId());
        Optional<CaseRef> own = context.selectionCases().find(candidate.caseId());
        if (career == null || own.isEmpty()) {
            return GateResult.pass("rotation.gate.noPost");
        }
        List<CaseRef> others = context.selectionCases().open().stream()
                .filter(c -> c.kind() == SelectionKind.APPOINT && !c.id().equals(candidate.caseId()))
                .toList();
        for (UUID team : teams(career, at)) {
            if (leaves(own.get(), team, organs)) {
                Set<UUID> leaving = new HashSet<>(Set.of(candidate.cadreId()));
                others.stream()
                        .filter(c -> leaves(c, team, organs))
                        .flatMap(c -> c.cadres().stream())
                        .filter(id ->
                                byId.containsKey(id) && teams(byId.get(id), at).contains(team))
                        .forEach(leaving::add);
                long size = careers.inOffice().stream()
                        .filter(c -> teams(c, at).contains(team))
                        .count();
                if ((long) leaving.size() * values.batchDivisor() > size) {
                    String name = organs.unit(team).map(UnitRef::name).orElse("");
                    return GateResult.warning(
                            "rotation.gate.batch.share",
                            name,
                            String.valueOf(leaving.size()),
                            String.valueOf(size),
                            String.valueOf(values.batchDivisor()));
                }
            }
        }
        if (principalOfPlace(career, at, organs)
                && others.stream()
                        .flatMap(c -> c.cadres().stream())
                        .map(byId::get)
                        .anyMatch(other -> other != null
                                && !other.cadreId().equals(candidate.cadreId())
                                && principalOfPlace(other, at, organs))) {
            return GateResult.warning("rotation.gate.batch.bothPrincipals");
        }
        return GateResult.pass("rotation.gate.batch.none");
    }

    /** The leadership teams (the organs whose own unit a cadre holds a post of a level in) of a cadre. */
    private static Set<UUID> teams(CadreCareer career, LocalDate at) {
        return career.heldOn(at).stream()
                .filter(h -> h.postLevel().isPresent())
                .map(Holding::unitId)
                .flatMap(Optional::stream)
                .collect(Collectors.toSet());
    }

    /** Whether a case's post is outside the team: its cadres would leave it. */
    private static boolean leaves(CaseRef selection, UUID team, Organs organs) {
        return selection
                .unitId()
                .flatMap(organs::organOf)
                .map(UnitRef::id)
                .filter(team::equals)
                .isEmpty();
    }

    private static boolean principalOfPlace(CadreCareer career, LocalDate at, Organs organs) {
        return career.heldOn(at).stream().filter(Holding::principal).anyMatch(h -> organs.typeOf(h.unitId())
                .filter(PARTY_AND_GOVERNMENT::contains)
                .isPresent());
    }
}
