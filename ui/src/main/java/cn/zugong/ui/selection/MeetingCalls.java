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
import java.util.UUID;

/** What the decision meeting mode asks of the platform; view tests give their own. */
interface MeetingCalls extends Serializable {

    List<SelectionCase> agenda();

    AgendaItem item(UUID caseId);

    Map<UUID, List<EligibilityFinding>> conflicts(UUID caseId, Collection<String> members);

    MeetingOutcome record(UUID caseId, MeetingRecord meeting);

    /** The message key of each gate's name, by gate id. */
    Map<String, String> gateNameKeys();

    byte[] minutesPdf(MeetingBody body, LocalDate heldOn, List<String> present, List<String> absent, List<UUID> cases);
}
