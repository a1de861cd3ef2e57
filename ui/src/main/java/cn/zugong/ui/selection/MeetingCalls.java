package cn.zugong.ui.selection;

import cn.zugong.core.selection.domain.AgendaItem;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the decision meeting mode asks of the platform; view tests give their own. */
interface MeetingCalls extends Serializable {

    List<SelectionCase> agenda();

    AgendaItem item(UUID caseId);

    Map<UUID, List<EligibilityFinding>> conflicts(UUID caseId, Collection<String> members);

    MeetingOutcome record(UUID caseId, MeetingRecord meeting);

    /** The message key of each gate's name, by gate id. */
    Map<String, String> gateNameKeys();

    /** The candidate's appointment and removal form (renmian shenpibiao) as PDF at the day of the meeting; an audited print. */
    Optional<byte[]> approvalForm(UUID cadreId, LocalDate on);

    byte[] minutesPdf(MeetingBody body, LocalDate heldOn, List<String> present, List<String> absent, List<UUID> cases);
}
