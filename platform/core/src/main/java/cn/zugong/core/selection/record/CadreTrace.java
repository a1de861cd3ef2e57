package cn.zugong.core.selection.record;

import java.util.List;
import java.util.UUID;

/**
 * The accountability trace (daocha) of a cadre: every selection case that touched them, oldest
 * first, each with every accountable person at each step and the audit-chain link of each event.
 */
public record CadreTrace(UUID cadreId, String name, String tenantId, List<TraceCase> cases) {

    public CadreTrace {
        cases = List.copyOf(cases);
    }
}
