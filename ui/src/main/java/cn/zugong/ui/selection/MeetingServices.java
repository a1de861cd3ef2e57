package cn.zugong.ui.selection;

import cn.zugong.core.cadre.application.CadrePrint;
import cn.zugong.core.selection.application.DecisionMeetingService;
import cn.zugong.core.selection.application.GateService;
import cn.zugong.core.selection.domain.AgendaItem;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.core.selection.record.MeetingMinutesService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The platform's services behind the decision meeting mode. */
@Dependent
record MeetingServices(
        DecisionMeetingService meetings, MeetingMinutesService minutes, GateService gates, CadrePrint print)
        implements MeetingCalls {

    @Inject
    MeetingServices {}

    @Override
    public List<SelectionCase> agenda() {
        return meetings.agenda();
    }

    @Override
    public AgendaItem item(UUID caseId) {
        return meetings.item(caseId);
    }

    @Override
    public Map<UUID, List<EligibilityFinding>> conflicts(UUID caseId, Collection<String> members) {
        return meetings.conflicts(caseId, members);
    }

    @Override
    public MeetingOutcome record(UUID caseId, MeetingRecord meeting) {
        return meetings.record(caseId, meeting);
    }

    @Override
    public Map<String, String> gateNameKeys() {
        return gates.nameKeys();
    }

    @Override
    public Optional<byte[]> approvalForm(UUID cadreId, LocalDate on) {
        return print.approvalForm(cadreId, on);
    }

    @Override
    public byte[] minutesPdf(
            MeetingBody body, LocalDate heldOn, List<String> present, List<String> absent, List<UUID> cases) {
        return minutes.pdf(body, heldOn, present, absent, cases);
    }
}
