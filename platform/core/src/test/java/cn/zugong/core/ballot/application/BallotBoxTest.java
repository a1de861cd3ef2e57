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
import cn.zugong.core.ballot.domain.BallotNotFoundException;
import cn.zugong.core.ballot.domain.BallotResult;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.CastBallot;
import cn.zugong.core.ballot.domain.CodeLookup;
import cn.zugong.core.ballot.domain.Marks;
import cn.zugong.core.ballot.domain.PaperCounts;
import cn.zugong.core.ballot.domain.PaperEntry;
import cn.zugong.core.ballot.infrastructure.CodeKeys;
import cn.zugong.core.db.StoredSecrets;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
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
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session from its codes to its result on the run default's database (H2): participants vote
 * once by code through the ballot box, an over-vote counts as invalid and an empty ballot as blank,
 * a used, unknown or late code is refused, the result waits for the close and for matching paper
 * entries by two officers, and another county's officer sees nothing of it.
 */
class BallotBoxTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";

    private TestDatabase db;
    private EntityManager em;
    private BallotService sessions;
    private PaperService paper;
    private ResultService results;
    private BallotBox box;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase(
                BallotSession.class,
                BallotNominee.class,
                BallotCode.class,
                CodeLookup.class,
                CastBallot.class,
                PaperEntry.class);
        db.tenant(WENJIANG);
        db.tenant(PIDU);
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        officer("wj-officer");
        em = db.entityManager();
        wire(em);
    }

    private void wire(EntityManager em) {
        AuditTrail audit = TestDatabase.auditTrail(em);
        BallotJournal journal = TestDatabase.wire(new BallotJournal(), "audit", audit);
        CodeKeys keys = TestDatabase.wire(new CodeKeys(), "secrets", TestDatabase.wire(new StoredSecrets(), "em", em));
        sessions = TestDatabase.wire(new BallotService(), "em", em);
        TestDatabase.wire(sessions, "journal", journal);
        TestDatabase.wire(sessions, "keys", keys);
        paper = TestDatabase.wire(new PaperService(), "em", em);
        TestDatabase.wire(paper, "sessions", sessions);
        TestDatabase.wire(paper, "journal", journal);
        results = TestDatabase.wire(new ResultService(), "em", em);
        TestDatabase.wire(results, "sessions", sessions);
        TestDatabase.wire(results, "journal", journal);
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

    private static void officer(String login) {
        CurrentUserHolder.set(new CurrentUser(login, login, Set.of(CurrentUser.OFFICER), Set.of()));
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

    private BallotSession recommendation(int expected, int maxMarks) {
        Instant now = Instant.now();
        return tx(() -> sessions.openFor(
                "test",
                BallotKind.RECOMMENDATION,
                "副镇长推荐",
                List.of(new Nominee(null, "王五"), new Nominee(null, "李四"), new Nominee(null, "赵六")),
                expected,
                maxMarks,
                now.minus(1, ChronoUnit.MINUTES),
                now.plus(1, ChronoUnit.HOURS)));
    }

    @Test
    void eachCodeVotesOnceAndTheResultCountsValidInvalidAndBlankBallots() {
        BallotSession s = recommendation(5, 1);
        List<String> codes = tx(() -> sessions.issueCodes(s.getId()));
        assertEquals(5, codes.size());
        tx(() -> sessions.start(s.getId()));

        BoothAnswer opened = tx(() -> box.open(codes.get(0)));
        assertEquals(java.util.Optional.empty(), opened.refusal());
        assertEquals(List.of("王五", "李四", "赵六"), opened.paper().orElseThrow().names());
        assertFalse(tx(() -> box.cast(codes.get(0), Marks.choose(Set.of(0)))).refused());
        assertFalse(tx(() -> box.cast(codes.get(1).toLowerCase(), Marks.choose(Set.of(0))))
                .refused());
        assertFalse(tx(() -> box.cast(codes.get(2), Marks.choose(Set.of(0, 1)))).refused());
        assertFalse(tx(() -> box.cast(codes.get(3), Marks.choose(Set.of()))).refused());

        assertEquals(
                "ballot.public.used",
                tx(() -> box.cast(codes.get(0), Marks.choose(Set.of(1))))
                        .refusal()
                        .orElseThrow());
        assertEquals(
                "ballot.public.used", tx(() -> box.open(codes.get(0))).refusal().orElseThrow());
        assertEquals(
                "ballot.public.unknown",
                tx(() -> box.open("2345-6789-ABCD")).refusal().orElseThrow());
        assertEquals(
                "ballot.public.badMarks",
                tx(() -> box.cast(codes.get(4), Marks.choose(Set.of(7))))
                        .refusal()
                        .orElseThrow());

        ValidationException early = assertThrows(ValidationException.class, () -> tx(() -> results.result(s.getId())));
        assertEquals("ballot.result.notClosed", early.problems().get(0).messageKey());
        tx(() -> sessions.close(s.getId()));
        assertEquals(
                "ballot.public.closed",
                tx(() -> box.cast(codes.get(4), Marks.choose(Set.of(1))))
                        .refusal()
                        .orElseThrow());

        BallotResult result = tx(() -> results.result(s.getId()));
        assertEquals(4, result.cast());
        assertEquals(2, result.valid());
        assertEquals(1, result.invalid());
        assertEquals(1, result.blank());
        assertTrue(result.participationMet(), "4 of 5 is at least two thirds");
        assertEquals(2, result.persons().get(0).votes());
        assertEquals(0.5, result.persons().get(0).share());
        assertEquals(0, result.persons().get(1).votes());
        assertEquals(4, tx(() -> sessions.used(s.getId())), "the refused forgery left its code unused");
    }

    @Test
    void votingLeavesNoTraceInTheAuditTrailWhileEveryOfficerActionIsThere() throws Exception {
        BallotSession s = recommendation(3, 1);
        List<String> codes = tx(() -> sessions.issueCodes(s.getId()));
        tx(() -> sessions.start(s.getId()));
        long before = db.count("select count(*) from audit_event");
        tx(() -> box.cast(codes.get(0), Marks.choose(Set.of(2))));
        tx(() -> box.cast(codes.get(1), Marks.choose(Set.of(1))));
        assertEquals(before, db.count("select count(*) from audit_event"));
        tx(() -> sessions.close(s.getId()));
        for (String action : List.of("ballot.open", "ballot.codes.issue", "ballot.start", "ballot.close")) {
            assertEquals(
                    1,
                    db.count(
                            "select count(*) from audit_event where action = ? and subject_id = ?",
                            action,
                            s.getId().toString()),
                    action);
        }
    }

    @Test
    void thePaperTallyCountsOnlyOnceASecondOfficerTypedTheSame() {
        BallotSession s = recommendation(30, 2);
        tx(() -> sessions.issueCodes(s.getId()));
        tx(() -> sessions.start(s.getId()));
        tx(() -> sessions.close(s.getId()));
        PaperState first = tx(() -> paper.enter(s.getId(), PaperCounts.of(25, 1, 2, Map.of("0", 20, "1", 12))));
        assertFalse(first.confirmed());
        ValidationException waiting =
                assertThrows(ValidationException.class, () -> tx(() -> results.result(s.getId())));
        assertEquals("ballot.paper.unconfirmed", waiting.problems().get(0).messageKey());

        officer("wj-second");
        PaperState second = tx(() -> paper.enter(s.getId(), PaperCounts.of(25, 1, 2, Map.of("0", 20, "1", 13))));
        assertEquals(List.of("1"), second.differences());
        assertFalse(second.confirmed());
        assertEquals(12, second.first().orElseThrow().tally().count("1"));

        PaperState fixed = tx(() -> paper.enter(s.getId(), PaperCounts.of(25, 1, 2, Map.of("0", 20, "1", 12))));
        assertTrue(fixed.confirmed());
        BallotResult result = tx(() -> results.result(s.getId()));
        assertEquals(25, result.cast());
        assertEquals(22, result.valid());
        assertEquals(20, result.persons().get(0).votes());
        assertTrue(result.participationMet());

        officer("wj-third");
        ValidationException third = assertThrows(
                ValidationException.class, () -> tx(() -> paper.enter(s.getId(), PaperCounts.of(25, 1, 2, Map.of()))));
        assertEquals("ballot.paper.twoClerks", third.problems().get(0).messageKey());
    }

    @Test
    void participationBelowTheShareIsReported() {
        BallotSession s = recommendation(6, 1);
        List<String> codes = tx(() -> sessions.issueCodes(s.getId()));
        tx(() -> sessions.start(s.getId()));
        for (int i = 0; i < 3; i++) {
            String code = codes.get(i);
            tx(() -> box.cast(code, Marks.choose(Set.of(0))));
        }
        tx(() -> sessions.close(s.getId()));
        assertFalse(tx(() -> results.result(s.getId())).participationMet(), "3 of 6 is below two thirds");
    }

    @Test
    void issuingCodesAgainVoidsTheEarlierOnesAndAnOpenSessionIssuesNone() {
        BallotSession s = recommendation(2, 1);
        List<String> lost = tx(() -> sessions.issueCodes(s.getId()));
        List<String> codes = tx(() -> sessions.issueCodes(s.getId()));
        tx(() -> sessions.start(s.getId()));
        assertEquals(
                "ballot.public.unknown",
                tx(() -> box.open(lost.get(0))).refusal().orElseThrow());
        assertTrue(tx(() -> box.open(codes.get(0))).paper().isPresent());
        ValidationException open =
                assertThrows(ValidationException.class, () -> tx(() -> sessions.issueCodes(s.getId())));
        assertEquals("ballot.codes.notDraft", open.problems().get(0).messageKey());
    }

    @Test
    void anotherCountysOfficerFindsNoSessionAndAViewerChangesNothing() {
        BallotSession s = recommendation(2, 1);
        em.close();
        TenancyHolder.set(Tenancy.writing(new TenantId(PIDU)));
        officer("pd-officer");
        em = db.entityManager();
        wire(em);
        assertThrows(BallotNotFoundException.class, () -> tx(() -> sessions.issueCodes(s.getId())));
        assertThrows(BallotNotFoundException.class, () -> tx(() -> results.result(s.getId())));
        assertEquals(List.of(), tx(() -> sessions.ofPurpose("test")));

        CurrentUserHolder.set(new CurrentUser("pd-viewer", "v", Set.of("viewer"), Set.of()));
        assertThrows(AccessDeniedException.class, () -> tx(() -> sessions.session(s.getId())));
    }

    @Test
    void aSessionNeedsATitleNamesParticipantsAndAWindow() {
        Instant now = Instant.now();
        ValidationException refused = assertThrows(
                ValidationException.class,
                () -> tx(() -> sessions.openFor("test", BallotKind.RECOMMENDATION, " ", List.of(), 0, 1, now, now)));
        assertEquals(
                List.of("title", "nominees", "expected", "window"),
                refused.problems().stream().map(p -> p.field()).toList());
    }
}
