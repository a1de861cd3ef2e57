package cn.zugong.core.ballot.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.ballot.domain.BallotCode;
import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.BallotNominee;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.CastBallot;
import cn.zugong.core.ballot.domain.CodeLookup;
import cn.zugong.core.ballot.domain.Grade;
import cn.zugong.core.ballot.domain.Marks;
import cn.zugong.core.ballot.domain.PaperEntry;
import cn.zugong.core.ballot.infrastructure.CodeKeys;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.db.StoredSecrets;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.application.CaseJournal;
import cn.zugong.core.selection.application.SelectionService;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionObjection;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session on a case (H2): it names the case's candidates from the registry and nobody else, and
 * an evaluation's result goes once into the case's record (the whole-process record in the
 * county's trail) with the count per grade, only when enough took part.
 */
class BallotApplyTest {

    private static final String WENJIANG = "510115";

    private TestDatabase db;
    private EntityManager em;
    private BallotService sessions;
    private ResultService results;
    private BallotBox box;
    private UUID caseId;
    private UUID wang;
    private UUID li;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase(
                BallotSession.class,
                BallotNominee.class,
                BallotCode.class,
                CodeLookup.class,
                CastBallot.class,
                PaperEntry.class,
                SelectionCase.class,
                SelectionCandidate.class,
                SelectionMeeting.class,
                SelectionVote.class,
                SelectionObjection.class,
                GateRecord.class,
                RecordedException.class,
                cn.zugong.core.unit.OrgUnit.class,
                cn.zugong.core.unit.UnitPosition.class,
                cn.zugong.core.cadre.domain.PostHolding.class,
                cn.zugong.core.cadre.domain.Cadre.class,
                cn.zugong.core.cadre.domain.FamilyMember.class);
        db.tenant(WENJIANG);
        wang = cadre("王明");
        li = cadre("李华");
        caseId = UUID.randomUUID();
        db.execute(
                "insert into selection_case (tenant_id, id, case_no, kind, title, step, step_since, status, opened_at,"
                        + " opened_by) values (?, ?, '2026-009', 'APPOINT', '副局长', 'INSPECTION', current_timestamp,"
                        + " 'OPEN', current_timestamp, 'wj-officer')",
                WENJIANG,
                caseId);
        for (UUID cadre : List.of(wang, li)) {
            db.execute(
                    "insert into selection_candidate (tenant_id, id, case_id, cadre_id, inspected) values (?, ?, ?, ?, true)",
                    WENJIANG,
                    UUID.randomUUID(),
                    caseId,
                    cadre);
        }
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        CurrentUserHolder.set(new CurrentUser("wj-officer", "officer", Set.of(CurrentUser.OFFICER), Set.of()));
        em = db.entityManager();
        AuditTrail audit = TestDatabase.auditTrail(em);
        BallotJournal journal = TestDatabase.wire(new BallotJournal(), "audit", audit);
        CodeKeys keys = TestDatabase.wire(new CodeKeys(), "secrets", TestDatabase.wire(new StoredSecrets(), "em", em));
        SelectionService selection =
                TestDatabase.wire(TestDatabase.wire(new SelectionService(), "em", em), "reports", em);
        sessions = TestDatabase.wire(new BallotService(), "em", em);
        TestDatabase.wire(sessions, "journal", journal);
        TestDatabase.wire(sessions, "keys", keys);
        TestDatabase.wire(sessions, "selection", selection);
        TestDatabase.wire(
                sessions, "cadres", TestDatabase.wire(TestDatabase.wire(new CadreService(), "em", em), "reports", em));
        results = TestDatabase.wire(new ResultService(), "em", em);
        TestDatabase.wire(results, "sessions", sessions);
        TestDatabase.wire(results, "journal", journal);
        TestDatabase.wire(results, "selection", selection);
        TestDatabase.wire(results, "caseJournal", TestDatabase.wire(new CaseJournal(), "audit", audit));
        box = TestDatabase.wire(new BallotBox(), "booth", TestDatabase.wire(new Booth(), "em", em));
        TestDatabase.wire(box, "keys", keys);
    }

    @AfterEach
    void tearDown() {
        TenancyHolder.clear();
        CurrentUserHolder.clear();
        em.close();
        db.close();
    }

    private UUID cadre(String name) throws Exception {
        UUID id = UUID.randomUUID();
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                        + " political_status, management_authority, status, status_since)"
                        + " values (?, ?, ?, 'x', 'x', 'MALE', date '1980-01-01', 'x', 'CPC_MEMBER', 'COUNTY', 'ACTIVE',"
                        + " date '2020-01-01')",
                WENJIANG,
                id,
                name);
        return id;
    }

    private <T> T tx(Supplier<T> work) {
        em.getTransaction().begin();
        try {
            T result = work.get();
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            em.getTransaction().rollback();
            throw e;
        }
    }

    private BallotSession evaluation(int expected) {
        Instant now = Instant.now();
        return tx(() -> sessions.open(new SessionRequest(
                caseId,
                BallotKind.EVALUATION,
                "考察民主测评",
                List.of(),
                expected,
                0,
                now.minus(1, ChronoUnit.MINUTES),
                now.plus(1, ChronoUnit.HOURS))));
    }

    @Test
    void theBallotNamesTheCasesCandidatesAsTheRegistryNamesThemAndNobodyElse() {
        BallotSession s = evaluation(3);
        assertEquals(
                Set.of("王明", "李华"),
                tx(() -> sessions.nominees(s.getId())).stream()
                        .map(BallotNominee::getName)
                        .collect(java.util.stream.Collectors.toSet()));
        Instant now = Instant.now();
        ValidationException stranger = assertThrows(
                ValidationException.class,
                () -> tx(() -> sessions.open(new SessionRequest(
                        caseId,
                        BallotKind.RECOMMENDATION,
                        "t",
                        List.of(UUID.randomUUID()),
                        3,
                        1,
                        now,
                        now.plusSeconds(60)))));
        assertEquals("ballot.nominees.notCandidate", stranger.problems().get(0).messageKey());
    }

    @Test
    void anEvaluationGoesIntoTheCasesRecordOnceWithTheCountPerGrade() throws Exception {
        BallotSession s = evaluation(3);
        List<String> codes = tx(() -> sessions.issueCodes(s.getId()));
        tx(() -> sessions.start(s.getId()));
        // The ballot lists the candidates in the case's order: grade 王明 excellent twice wherever he is.
        int w = tx(() -> sessions.nominees(s.getId())).stream()
                .filter(n -> n.getName().equals("王明"))
                .findFirst()
                .orElseThrow()
                .getPlace();
        tx(() -> box.cast(codes.get(0), Marks.grade(Map.of(w, Grade.EXCELLENT, 1 - w, Grade.COMPETENT))));
        tx(() -> box.cast(codes.get(1), Marks.grade(Map.of(w, Grade.EXCELLENT, 1 - w, Grade.BASIC))));
        tx(() -> sessions.close(s.getId()));

        tx(() -> results.apply(s.getId()));
        assertEquals(
                1,
                db.count(
                        "select count(*) from audit_event where action = 'selection.inspection.evaluation'"
                                + " and subject_id = ?",
                        caseId.toString()));
        String after = text("select after_json from audit_event where action = 'selection.inspection.evaluation'");
        assertTrue(after.contains("王明 EXCELLENT=2 COMPETENT=0 BASIC=0 INCOMPETENT=0"), after);
        assertTrue(after.contains("李华 EXCELLENT=0 COMPETENT=1 BASIC=1 INCOMPETENT=0"), after);

        ValidationException again = assertThrows(ValidationException.class, () -> tx(() -> results.apply(s.getId())));
        assertEquals("ballot.apply.already", again.problems().get(0).messageKey());
    }

    @Test
    void tooFewParticipantsCannotFeedTheCase() throws Exception {
        BallotSession s = evaluation(3);
        List<String> codes = tx(() -> sessions.issueCodes(s.getId()));
        tx(() -> sessions.start(s.getId()));
        tx(() -> box.cast(codes.get(0), Marks.grade(Map.of(0, Grade.EXCELLENT))));
        tx(() -> sessions.close(s.getId()));
        assertFalse(tx(() -> results.result(s.getId())).participationMet());
        ValidationException refused = assertThrows(ValidationException.class, () -> tx(() -> results.apply(s.getId())));
        assertEquals("ballot.apply.participation", refused.problems().get(0).messageKey());
        assertEquals(0, db.count("select count(*) from audit_event where action = 'selection.inspection.evaluation'"));
    }

    private String text(String sql) throws Exception {
        try (var c = java.sql.DriverManager.getConnection(db.url(), "sa", "");
                var rows = c.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
