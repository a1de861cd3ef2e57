package cn.zugong.core.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where a finding stands: rule classes, acknowledgements that carry to later steps, exceptions that fit exactly. */
class FindingsTest {

    private final UUID caseId = UUID.randomUUID();
    private final UUID wang = UUID.randomUUID();
    private final UUID li = UUID.randomUUID();

    private GateRecord finding(UUID cadre, SelectionStep step, GateResult.Outcome outcome, String args, boolean hard) {
        GateRecord r = new GateRecord(caseId);
        r.setCadreId(cadre);
        r.setStep(step);
        r.setGateId(hard ? "core.quota" : "training.requirement");
        r.setPluginId(hard ? null : "training");
        r.setOutcome(outcome);
        r.setReasonKey("reason");
        r.setReasonArgs(args);
        r.setCheckedAt(Instant.now());
        r.setCurrentResult(true);
        r.setHard(hard);
        r.setExceptionKind(hard ? ExceptionKind.QUOTA_ADJUSTMENT : null);
        return r;
    }

    private RecordedException exception(UUID cadre, ExceptionKind kind) {
        return new RecordedException(
                caseId, cadre, kind, "CB[2026]12", "office", LocalDate.of(2026, 9, 1), null, "admin", Instant.now());
    }

    @Test
    void aSoftBlockStopsUntilAcknowledgedAndTheAcknowledgementCoversTheSameFindingLater() {
        GateRecord atInitiation = finding(wang, SelectionStep.INITIATION, GateResult.Outcome.BLOCK, "12", false);
        GateRecord atDecision = finding(wang, SelectionStep.DECISION, GateResult.Outcome.BLOCK, "12", false);
        List<GateRecord> all = List.of(atInitiation, atDecision);

        assertThat(Findings.standing(atDecision, all, List.of())).isEqualTo(Findings.Standing.UNACKNOWLEDGED);
        assertThat(Findings.Standing.UNACKNOWLEDGED.stops()).isTrue();

        atInitiation.setOverrideAt(Instant.now());
        atInitiation.setOverrideBy("officer");

        assertThat(Findings.standing(atDecision, all, List.of())).isEqualTo(Findings.Standing.ACKNOWLEDGED);
        assertThat(Findings.acknowledgement(atDecision, all)).containsSame(atInitiation);
    }

    @Test
    void aChangedFindingNeedsItsOwnAcknowledgement() {
        GateRecord before = finding(wang, SelectionStep.INITIATION, GateResult.Outcome.BLOCK, "12", false);
        before.setOverrideAt(Instant.now());
        GateRecord changed = finding(wang, SelectionStep.DECISION, GateResult.Outcome.BLOCK, "20", false);
        GateRecord otherCandidate = finding(li, SelectionStep.DECISION, GateResult.Outcome.BLOCK, "12", false);
        List<GateRecord> all = List.of(before, changed, otherCandidate);

        assertThat(Findings.standing(changed, all, List.of())).isEqualTo(Findings.Standing.UNACKNOWLEDGED);
        assertThat(Findings.standing(otherCandidate, all, List.of())).isEqualTo(Findings.Standing.UNACKNOWLEDGED);
    }

    @Test
    void aWarningDoesNotStopAndMayBeAcknowledged() {
        GateRecord warning = finding(wang, SelectionStep.DECISION, GateResult.Outcome.WARNING, "1", false);

        assertThat(Findings.standing(warning, List.of(warning), List.of())).isEqualTo(Findings.Standing.WARNING);
        assertThat(Findings.Standing.WARNING.stops()).isFalse();
    }

    @Test
    void aHardBlockIsNeverAcknowledgedAndOnlyItsOwnExceptionSatisfiesIt() {
        GateRecord hard = finding(wang, SelectionStep.DECISION, GateResult.Outcome.BLOCK, "3,3,4", true);
        hard.setOverrideAt(Instant.now());

        assertThat(Findings.standing(hard, List.of(hard), List.of())).isEqualTo(Findings.Standing.HARD);
        assertThat(Findings.standing(hard, List.of(hard), List.of(exception(li, ExceptionKind.QUOTA_ADJUSTMENT))))
                .isEqualTo(Findings.Standing.HARD);
        assertThat(Findings.standing(hard, List.of(hard), List.of(exception(wang, ExceptionKind.BREAK_GRADE))))
                .isEqualTo(Findings.Standing.HARD);
        assertThat(Findings.standing(hard, List.of(hard), List.of(exception(wang, ExceptionKind.QUOTA_ADJUSTMENT))))
                .isEqualTo(Findings.Standing.EXCEPTED);
    }

    @Test
    void aHardBlockWhoseRegulationAllowsNoExceptionStaysHard() {
        GateRecord firm = finding(wang, SelectionStep.DECISION, GateResult.Outcome.BLOCK, "x", true);
        firm.setExceptionKind(null);

        assertThat(Findings.standing(firm, List.of(firm), List.of(exception(wang, ExceptionKind.QUOTA_ADJUSTMENT))))
                .isEqualTo(Findings.Standing.HARD);
    }
}
