package cn.zugong.plugin.reserve.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.plugin.reserve.data.ReserveRepository;
import cn.zugong.plugin.reserve.rules.RuleValues;
import java.util.Optional;

/**
 * Item 5 at 动议: a 正职 promotion's candidate who is not an approved member of the configured
 * tier's reserve is warned of ("注重使用后备干部", 选拔任用条例 [V]); never blocked.
 */
public final class ReserveGateCheck {

    private final PluginContext context;
    private final RuleSource rules;

    public ReserveGateCheck(PluginContext context) {
        this.context = context;
        this.rules = new RuleSource(context);
    }

    public GateResult check(GateCandidate candidate) {
        Optional<CaseRef> selection = context.selectionCases().find(candidate.caseId());
        boolean principalPromotion = candidate.kind() == SelectionKind.APPOINT
                && candidate.promotion()
                && selection.map(CaseRef::principal).orElse(false);
        RuleValues values = rules.rules(candidate.tenant(), candidate.at());
        if (!principalPromotion || values.principalTier().isEmpty()) {
            return GateResult.pass("reserve.gate.used.notApplicable");
        }
        String tier = values.principalTier().get();
        Optional<Integer> year = context.persistence().inTransaction(em -> new ReserveRepository(em, candidate.tenant())
                .approvedIn(tier, candidate.cadreId()));
        return year.map(y -> GateResult.pass("reserve.gate.used.member", String.valueOf(y)))
                .orElseGet(() -> GateResult.warning("reserve.gate.used.notMember"));
    }
}
