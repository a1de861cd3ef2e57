package cn.zugong.api.snippets;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.CaseRef;
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
}
// spotless:on
