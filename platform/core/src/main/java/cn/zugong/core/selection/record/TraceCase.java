package cn.zugong.core.selection.record;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.CaseStatus;
import java.util.List;
import java.util.UUID;

/**
 * One selection case that touched a cadre, as the trace shows it: what the case is, the cadre's
 * part in it, who proposed it, and every event of its record in chain order.
 *
 * @param post the unit and title of the post, or null
 * @param role the cadre's part in the case
 * @param initiator the proposer of the initiation (dongyi) as the case records it, or null
 * @param openedBy who opened the case, by display name
 */
public record TraceCase(
        UUID caseId,
        String tenantId,
        String caseNo,
        String title,
        SelectionKind kind,
        SelectionStep step,
        CaseStatus status,
        String post,
        Role role,
        String initiator,
        String openedBy,
        List<TraceLine> lines) {

    public TraceCase {
        lines = List.copyOf(lines);
    }

    /** The cadre's part in a case (label key {@code trace.role.<NAME>}). */
    public enum Role {
        /** The cadre removed or retired by the case. */
        SUBJECT,
        /** A candidate who was not chosen (or not yet). */
        CANDIDATE,
        /** The candidate the committee adopted. */
        CHOSEN
    }
}
