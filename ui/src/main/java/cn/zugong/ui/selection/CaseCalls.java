package cn.zugong.ui.selection;

import cn.zugong.core.selection.application.StepService;
import cn.zugong.core.selection.domain.Checks;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.PublicitySkipGround;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.Tally;
import cn.zugong.core.selection.eligibility.DualManagement;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.core.unit.UnitPosition;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.UUID;

/**
 * The service calls of one case page, for its forms and buttons, on the services injected into the
 * page; a view test overrides the calls it needs.
 */
class CaseCalls implements Serializable {

    private final UUID caseId;
    private final SelectionServices services;

    CaseCalls(UUID caseId, SelectionServices services) {
        this.caseId = caseId;
        this.services = services;
    }

    private StepService steps() {
        return services.steps();
    }

    void addCandidate(UUID cadreId, boolean intended) {
        services.selection().addCandidate(caseId, cadreId, intended);
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
        services.consultations().record(caseId, coManager, consultedOn, reply, repliedOn);
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
        return services.calendar().workingDays().addWorkingDays(from, workingDays);
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
        services.apply().apply(caseId, documentNo, issuedOn, talkOn, probation);
    }

    /** Whether the chosen cadre is promoted, which proposes the trial year. */
    boolean trialProposed() {
        return services.apply().trialProposed(caseId);
    }

    void endProbation(boolean confirmed, LocalDate on, String note) {
        services.apply().endProbation(caseId, confirmed, on, note);
    }

    void advance() {
        steps().advance(caseId);
    }

    void withdraw(String reason) {
        services.selection().withdraw(caseId, reason);
    }

    void acknowledge(UUID gateRecordId, String justification) {
        services.gates().acknowledge(caseId, gateRecordId, justification);
    }

    void recordException(
            UUID cadreId, ExceptionKind kind, String documentNo, String approver, LocalDate approvedOn, String note) {
        services.exceptions().record(caseId, cadreId, kind, documentNo, approver, approvedOn, note);
    }

    void recheck() {
        services.gates().recheck(caseId);
    }

    Map<String, String> gateNameKeys() {
        return services.gates().nameKeys();
    }

    /** Cadres to pick as candidates. */
    CadreSearch cadreSearch() {
        return CadreSearch.of(services.cadres());
    }

    Optional<UnitPosition> position(UUID positionId) {
        return services.positions().find(positionId);
    }

    /** The eligibility rules' findings on a candidate for the case's position, today. */
    List<EligibilityFinding> eligibility(UUID cadreId, UnitPosition position) {
        return services.eligibility().check(cadreId, position, LocalDate.now());
    }

    String caseNo() {
        return services.selection().find(caseId).getCaseNo();
    }

    /** The case's whole-process record as PDF, worded from these messages. */
    byte[] recordPdf(ResourceBundle messages) {
        return services.records().pdf(caseId, messages);
    }
}
