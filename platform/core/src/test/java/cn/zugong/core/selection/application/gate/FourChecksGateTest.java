package cn.zugong.core.selection.application.gate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.PostLevel;
import java.sql.Date;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 凡提四必 and the 廉洁自律 conclusion (DOMAIN 4.3, 4.8, V-S7, [V]): all five dates, and for a 破格
 * candidate the upper department's approval recorded as an exception, or a hard block naming what
 * is missing; no exception satisfies it.
 */
class FourChecksGateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 29);

    private GateFixture fixture;
    private FourChecksGate gate;
    private UUID caseId;
    private UUID cadre;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new GateFixture();
        gate = TestDatabase.wire(new FourChecksGate(), "em", fixture.em);
        UUID unit = fixture.unit("TOWNSHIP", 1, 3);
        caseId = fixture.appointmentCase(fixture.position(unit, PostLevel.TOWNSHIP_DEPUTY, false), unit);
        cadre = fixture.cadre();
        fixture.candidate(caseId, cadre);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private void done(String... columns) throws Exception {
        for (String column : columns) {
            fixture.db.execute(
                    "update selection_candidate set " + column + " = ? where case_id = ?",
                    Date.valueOf("2026-09-15"),
                    caseId);
        }
    }

    private GateResult check() {
        fixture.em.clear();
        return gate.check(fixture.candidate(caseId, cadre, true, PostLevel.TOWNSHIP_DEPUTY, TODAY));
    }

    @Test
    void noneOfTheFiveDoneNamesAllFive() {
        GateResult result = check();

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(result.reasonArgs())
                .containsExactly("@selection.check.fileReviewedOn, @selection.check.mattersCheckedOn,"
                        + " @selection.check.disciplineOpinionOn, @selection.check.petitionsCheckedOn,"
                        + " @selection.check.integritySignedOn");
        assertThat(result.evidence()).contains("selection/" + caseId);
    }

    @Test
    void fourOfTheFiveStillBlockAndNameTheFifth() throws Exception {
        done("file_reviewed_on", "matters_checked_on", "discipline_opinion_on", "petitions_checked_on");

        GateResult result = check();

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(result.reasonKey()).isEqualTo("selection.gate.checks.missing");
        assertThat(result.reasonArgs()).containsExactly("@selection.check.integritySignedOn");
    }

    @Test
    void theFourChecksWithoutTheIntegrityConclusionBlock() throws Exception {
        done("file_reviewed_on", "matters_checked_on", "discipline_opinion_on", "integrity_signed_on");

        assertThat(check().reasonArgs()).containsExactly("@selection.check.petitionsCheckedOn");
    }

    @Test
    void fiveOfFivePass() throws Exception {
        done(
                "file_reviewed_on",
                "matters_checked_on",
                "discipline_opinion_on",
                "petitions_checked_on",
                "integrity_signed_on");

        GateResult result = check();

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.PASS);
        assertThat(result.reasonKey()).isEqualTo("selection.gate.checks.complete");
    }

    @Test
    void aBreakGradeCandidateNeedsTheApprovalRecordedAsAnExceptionNotATypedNote() throws Exception {
        done(
                "file_reviewed_on",
                "matters_checked_on",
                "discipline_opinion_on",
                "petitions_checked_on",
                "integrity_signed_on");
        fixture.db.execute(
                "update selection_candidate set exceptional = true, exceptional_approval = 'approved by phone'"
                        + " where case_id = ?",
                caseId);

        assertThat(check().reasonArgs()).containsExactly("@selection.check.exceptionalApproval");

        fixture.db.execute(
                "insert into selection_exception (tenant_id, id, case_id, cadre_id, kind, document_no, approver,"
                        + " approved_on, recorded_by, recorded_at) values (?, ?, ?, ?, 'BREAK_GRADE', 'CZ[2026]5',"
                        + " 'city department', date '2026-09-01', 'wj-admin', current_timestamp)",
                GateFixture.WENJIANG,
                UUID.randomUUID(),
                caseId,
                cadre);

        assertThat(check().outcome()).isEqualTo(GateResult.Outcome.PASS);
    }

    @Test
    void theBlockIsHardWithoutAnyException() {
        GateResult block = GateResult.block("selection.gate.checks.missing", "@selection.check.fileReviewedOn");

        assertThat(gate.hard(block)).isTrue();
        assertThat(gate.exceptionFor(block)).isEmpty();
        assertThat(gate.steps()).containsExactlyInAnyOrder(SelectionStep.INSPECTION, SelectionStep.DECISION);
    }

    @Test
    void anExceptionOfAnotherKindIsNoApproval() throws Exception {
        fixture.db.execute("update selection_candidate set exceptional = true where case_id = ?", caseId);
        fixture.db.execute(
                "insert into selection_exception (tenant_id, id, case_id, cadre_id, kind, document_no, approver,"
                        + " approved_on, recorded_by, recorded_at) values (?, ?, ?, ?, ?, 'BZ[2026]1', 'office',"
                        + " date '2026-09-01', 'wj-admin', current_timestamp)",
                GateFixture.WENJIANG,
                UUID.randomUUID(),
                caseId,
                cadre,
                ExceptionKind.QUOTA_ADJUSTMENT.name());

        assertThat(check().reasonArgs().getFirst()).endsWith("@selection.check.exceptionalApproval");
    }
}
