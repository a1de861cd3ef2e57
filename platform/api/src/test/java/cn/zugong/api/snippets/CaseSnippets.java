package cn.zugong.api.snippets;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.ExchangeRequest;
import cn.zugong.api.selection.ExchangeType;
import cn.zugong.api.selection.GateCandidate;
import java.util.Optional;
import java.util.UUID;

// spotless:off
class CaseSnippets {
    long casePost(PluginContext context, GateCandidate candidate) {
        Optional<CaseRef> selection = context.selectionCases().find(candidate.caseId()); // @start region=case-post
        Optional<UUID> unit = selection.flatMap(CaseRef::unitId);
        long sameUnit = context.selectionCases().open().stream()
                .filter(other -> other.unitId().equals(unit))
                .count();
        // @end
        return sameUnit;
    }

    UUID openExchange(PluginContext context, UUID cadreId, UUID positionId) {
        CaseRef opened = context.selectionCases().openExchange(new ExchangeRequest( // @start region=open-exchange
                cadreId, positionId, ExchangeType.REASSIGNMENT, 3, "2027 exchange plan"));
        UUID caseId = opened.id();
        // @end
        return caseId;
    }
}
// spotless:on
