package cn.zugong.ui.selection;

import cn.zugong.core.calendar.CalendarService;
import cn.zugong.core.selection.application.ApplyService;
import cn.zugong.core.selection.application.DualConsultationService;
import cn.zugong.core.selection.application.ExceptionService;
import cn.zugong.core.selection.application.GateService;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.application.StepService;
import cn.zugong.core.selection.domain.Checks;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.PublicitySkipGround;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.Tally;
import cn.zugong.core.selection.eligibility.DualManagement;
import cn.zugong.ui.Beans;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The service calls of one case page, for its forms and buttons. Services are looked up on each
 * call (views are not CDI beans); a view test overrides the calls it needs.
 */
class CaseCalls implements Serializable {

    private final UUID caseId;

    CaseCalls(UUID caseId) {
        this.caseId = caseId;
    }

    private static StepService steps() {
        return Beans.get(StepService.class);
    }

    void addCandidate(UUID cadreId, boolean intended) {
        Beans.get(SelectionService.class).addCandidate(caseId, cadreId, intended);
    }

    void recordRecommendation(LocalDate on, int expected, int present, boolean targeted, List<Tally> tallies) {
        steps().recordRecommendation(caseId, on, expected, present, targeted, tallies);
    }

    void chooseForInspection(Collection<UUID> cadres) {
        steps().chooseForInspection(caseId, cadres);
    }

    void recordNotice(LocalDate on, LocalDate inspectionFrom, String team) {
        steps().recordNotice(caseId, on, inspectionFrom, team);
    }

    void recordDualConsultation(
            String coManager, LocalDate consultedOn, DualManagement.Reply reply, LocalDate repliedOn) {
        Beans.get(DualConsultationService.class).record(caseId, coManager, consultedOn, reply, repliedOn);
    }

    /** Records the checks as far as they are done; the candidate as saved. */
    SelectionCandidate recordChecks(UUID cadreId, Checks checks) {
        return steps().recordChecks(caseId, cadreId, checks);
    }

    void recordExceptional(UUID cadreId, boolean exceptional, String approval) {
        steps().recordExceptional(caseId, cadreId, exceptional, approval);
    }

    MeetingOutcome recordMeeting(MeetingRecord meeting) {
        return steps().recordMeeting(caseId, meeting);
    }

    void startPublicity(LocalDate from, int workingDays) {
        steps().startPublicity(caseId, from, workingDays);
    }

    /** The last day of a publicity of so many working days from that day, by the county's calendar. */
    LocalDate publicityEnd(LocalDate from, int workingDays) {
        return Beans.get(CalendarService.class).workingDays().addWorkingDays(from, workingDays);
    }

    void skipPublicity(PublicitySkipGround ground, String explanation) {
        steps().skipPublicity(caseId, ground, explanation);
    }

    void recordObjection(LocalDate receivedOn, String summary) {
        steps().recordObjection(caseId, receivedOn, summary);
    }

    void resolveObjection(UUID objectionId, boolean affects, String resolution) {
        steps().resolveObjection(caseId, objectionId, affects, resolution);
    }

    void apply(String documentNo, LocalDate issuedOn, LocalDate talkOn, boolean probation) {
        Beans.get(ApplyService.class).apply(caseId, documentNo, issuedOn, talkOn, probation);
    }

    /** Whether the chosen cadre is promoted, which proposes the trial year. */
    boolean trialProposed() {
        return Beans.get(ApplyService.class).trialProposed(caseId);
    }

    void endProbation(boolean confirmed, LocalDate on, String note) {
        Beans.get(ApplyService.class).endProbation(caseId, confirmed, on, note);
    }

    void advance() {
        steps().advance(caseId);
    }

    void withdraw(String reason) {
        Beans.get(SelectionService.class).withdraw(caseId, reason);
    }

    void acknowledge(UUID gateRecordId, String justification) {
        Beans.get(GateService.class).acknowledge(caseId, gateRecordId, justification);
    }

    void recordException(
            UUID cadreId, ExceptionKind kind, String documentNo, String approver, LocalDate approvedOn, String note) {
        Beans.get(ExceptionService.class).record(caseId, cadreId, kind, documentNo, approver, approvedOn, note);
    }

    void recheck() {
        Beans.get(GateService.class).recheck(caseId);
    }

    Map<String, String> gateNameKeys() {
        return Beans.get(GateService.class).nameKeys();
    }
}
