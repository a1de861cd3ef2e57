package cn.zugong.core.selection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.cadre.application.CadreAudit;
import cn.zugong.core.cadre.application.CadrePartsService;
import cn.zugong.core.calendar.CalendarDay;
import cn.zugong.core.calendar.CalendarService;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.domain.PluginOffer;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.TenantPlugin;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.application.gate.FourChecksGate;
import cn.zugong.core.selection.application.gate.QuotaGate;
import cn.zugong.core.selection.domain.AgendaItem;
import cn.zugong.core.selection.domain.CandidateProfile;
import cn.zugong.core.selection.domain.CaseNotFoundException;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.Checks;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.selection.domain.Findings;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.OpenCase;
import cn.zugong.core.selection.domain.Opinion;
import cn.zugong.core.selection.domain.PublicitySkipGround;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionObjection;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.selection.domain.Tally;
import cn.zugong.core.selection.domain.VoteMethod;
import cn.zugong.core.selection.eligibility.EligibilityFinding;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.annotation.Annotation;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A promotion case through its steps on the run default's database (H2): a soft block (a plugin's)
 * stops the case until acknowledged with a reason, once for the same finding; a hard block (a [V]
 * rule of the platform) cannot be acknowledged, and only the exception the regulation allows,
 * recorded by the tenant-admin, lets the case go on; the recommendation and inspection are recorded, a
 * meeting below the quorum cannot decide, the adopted candidate goes to publicity, which runs five
 * working days of the county's calendar across a holiday, and every action is in the audit trail.
 */
class SelectionFlowTest {

    private static final String WENJIANG = "510115";
    private static final Checks ALL_CHECKS = new Checks(
            LocalDate.of(2026, 9, 11),
            LocalDate.of(2026, 9, 12),
            LocalDate.of(2026, 9, 13),
            LocalDate.of(2026, 9, 14),
            LocalDate.of(2026, 9, 15),
            null);
    private static final Clock TODAY = Clock.fixed(
            LocalDate.of(2026, 9, 29).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    private TestDatabase db;
    private EntityManager em;
    private final Set<UUID> held = new java.util.HashSet<>();
    private final List<AppointmentGate> platformGates = new ArrayList<>();
    private AuditTrail audit;
    private CaseJournal journal;
    private final List<CadreEvent> observed = new ArrayList<>();
    private final List<Synchronization> afterCommit = new ArrayList<>();
    private ApplyService apply;
    private SelectionService selection;
    private StepService steps;
    private GateService gates;
    private UUID position;
    private UUID wang;
    private UUID li;

    @BeforeEach
    void setUp() throws SQLException {
        db = new TestDatabase(
                SelectionCase.class,
                SelectionCandidate.class,
                SelectionMeeting.class,
                SelectionVote.class,
                cn.zugong.core.selection.domain.SelectionWithdrawal.class,
                SelectionObjection.class,
                GateRecord.class,
                RecordedException.class,
                UnitPosition.class,
                cn.zugong.core.unit.OrgUnit.class,
                cn.zugong.core.cadre.domain.PostHolding.class,
                cn.zugong.core.cadre.domain.Cadre.class,
                cn.zugong.core.cadre.domain.FamilyMember.class,
                cn.zugong.core.cadre.domain.Assessment.class,
                cn.zugong.core.selection.eligibility.EligibilityRulePack.class,
                CalendarDay.class,
                TenantPlugin.class,
                PluginRecord.class,
                PluginOffer.class);
        db.tenant(WENJIANG);
        UUID unit = UUID.randomUUID();
        db.execute(
                "insert into org_unit (tenant_id, id, name, unit_type) values (?, ?, 'u', 'WORKING_DEPARTMENT')",
                WENJIANG,
                unit);
        position = UUID.randomUUID();
        db.execute(
                "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection)"
                        + " values (?, ?, ?, 'deputy head', 'TOWNSHIP_DEPUTY', false, 'APPOINTED')",
                WENJIANG,
                position,
                unit);
        wang = cadre();
        li = cadre();
        db.execute(
                "insert into post_holding (tenant_id, id, cadre_id, unit_id, unit_name, title, post_level, principal,"
                        + " main_post, start_date) values (?, ?, ?, ?, 'u', 'staff', null, false, true, date '2018-01-01')",
                WENJIANG,
                UUID.randomUUID(),
                wang,
                unit);
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        em = db.entityManager();
        CurrentUserHolder.set(new CurrentUser("wj-officer", "officer", Set.of(CurrentUser.OFFICER), Set.of()));
        audit = TestDatabase.auditTrail(em);
        journal = TestDatabase.wire(new CaseJournal(), "audit", audit);
        PluginEnablementService enablement = TestDatabase.wire(new PluginEnablementService(), "em", em);
        TestDatabase.wire(enablement, "registry", TestDatabase.wire(new PluginRegistry(), "em", em));
        platformGates.add(new HoldGate());
        gates = new GateService() {
            @Override
            Iterable<AppointmentGate> coreGates() {
                return platformGates;
            }
        };
        setSuper(gates, "em", em);
        setSuper(gates, "plugins", new PluginHost());
        setSuper(gates, "enablement", enablement);
        setSuper(gates, "journal", journal);
        setSuper(gates, "clock", TODAY);
        selection = TestDatabase.wire(TestDatabase.wire(new SelectionService(), "em", em), "reports", em);
        TestDatabase.wire(selection, "journal", journal);
        TestDatabase.wire(selection, "gates", gates);
        TestDatabase.wire(selection, "clock", TODAY);
        CalendarService calendar = TestDatabase.wire(new CalendarService(), "em", em);
        TestDatabase.wire(calendar, "audit", audit);
        steps = TestDatabase.wire(new StepService(), "em", em);
        TestDatabase.wire(steps, "journal", journal);
        TestDatabase.wire(steps, "gates", gates);
        TestDatabase.wire(steps, "calendar", calendar);
        TestDatabase.wire(
                steps,
                "eligibility",
                TestDatabase.wire(new cn.zugong.core.selection.eligibility.EligibilityService(), "em", em));
        TestDatabase.wire(steps, "clock", TODAY);
        CadreAudit cadreAudit = TestDatabase.wire(new CadreAudit(), "trail", audit);
        CadrePartsService parts = TestDatabase.wire(new CadrePartsService(), "em", em);
        TestDatabase.wire(parts, "audit", cadreAudit);
        CaseEvents events = TestDatabase.wire(new CaseEvents(), "transactions", new Transactions());
        TestDatabase.wire(events, "plugins", new PluginHost());
        TestDatabase.wire(events, "enablement", enablement);
        TestDatabase.wire(events, "observers", new Observers());
        apply = TestDatabase.wire(new ApplyService(), "em", em);
        TestDatabase.wire(apply, "journal", journal);
        TestDatabase.wire(apply, "gates", gates);
        TestDatabase.wire(apply, "parts", parts);
        TestDatabase.wire(apply, "events", events);
        TestDatabase.wire(apply, "quotas", TestDatabase.wire(new QuotaService(), "em", em));
        // National Day 2026: October 1 to 7 off, Saturday October 10 worked.
        for (int day = 1; day <= 7; day++) {
            db.execute(
                    "insert into calendar_day (tenant_id, id, calendar_date, kind, name) values (?, ?, ?, 'HOLIDAY', 'n')",
                    WENJIANG,
                    UUID.randomUUID(),
                    java.sql.Date.valueOf(LocalDate.of(2026, 10, day)));
        }
        db.execute(
                "insert into calendar_day (tenant_id, id, calendar_date, kind, name) values (?, ?, ?, 'WORKDAY', 'n')",
                WENJIANG,
                UUID.randomUUID(),
                java.sql.Date.valueOf(LocalDate.of(2026, 10, 10)));
    }

    private static void setSuper(Object target, String field, Object value) {
        try {
            var f = GateService.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The container's transaction registry, reduced to what CaseEvents uses. */
    private final class Transactions implements TransactionSynchronizationRegistry {
        public Object getTransactionKey() {
            return null;
        }

        public void putResource(Object key, Object value) {}

        public Object getResource(Object key) {
            return null;
        }

        public void registerInterposedSynchronization(Synchronization sync) {
            afterCommit.add(sync);
        }

        public int getTransactionStatus() {
            return Status.STATUS_ACTIVE;
        }

        public void setRollbackOnly() {}

        public boolean getRollbackOnly() {
            return false;
        }
    }

    /** The platform's CDI observers of cadre events: here, the list {@link #observed}. */
    private final class Observers implements Event<CadreEvent> {
        public void fire(CadreEvent event) {
            observed.add(event);
        }

        public <U extends CadreEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        public <U extends CadreEvent> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        public Event<CadreEvent> select(Annotation... qualifiers) {
            return this;
        }

        public <U extends CadreEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        public <U extends CadreEvent> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }

    private UUID cadre() throws SQLException {
        UUID id = UUID.randomUUID();
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                        + " political_status, management_authority, status, status_since)"
                        + " values (?, ?, 'x', 'x', 'x', 'MALE', date '1980-01-01', 'x', 'CPC_MEMBER', 'COUNTY', 'ACTIVE',"
                        + " date '2020-01-01')",
                WENJIANG,
                id);
        return id;
    }

    @AfterEach
    void tearDown() {
        TenancyHolder.clear();
        CurrentUserHolder.clear();
        em.close();
        db.close();
    }

    /** A test gate: blocks the cadres in {@link #held} at initiation and decision. */
    private final class HoldGate implements AppointmentGate {
        public String id() {
            return "test.hold";
        }

        public String nameKey() {
            return "test.hold";
        }

        public Set<SelectionStep> steps() {
            return EnumSet.of(SelectionStep.INITIATION, SelectionStep.DECISION);
        }

        public GateResult check(GateCandidate candidate) {
            return held.contains(candidate.cadreId()) ? GateResult.block("test.held") : GateResult.pass("test.free");
        }
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

    private static List<String> keys(ValidationException e) {
        return e.problems().stream().map(Problem::messageKey).toList();
    }

    @Test
    void aPromotionGoesThroughItsStepsAndItsRules() throws SQLException {
        held.add(wang);
        SelectionCase c = tx(() -> selection.open(new OpenCase(
                SelectionKind.APPOINT, "deputy head", position, null, false, "plan", "department", List.of(wang, li))));
        UUID id = c.getId();
        assertEquals("2026-001", c.getCaseNo());

        ValidationException blocked = assertThrows(ValidationException.class, () -> tx(() -> steps.advance(id)));
        assertEquals(List.of("selection.gate.unacknowledged"), keys(blocked));
        GateRecord block = gates.openBlocks(c, SelectionStep.INITIATION).getFirst();
        assertEquals(wang, block.getCadreId());
        assertEquals(false, block.isHard());
        ValidationException shortReason =
                assertThrows(ValidationException.class, () -> tx(() -> gates.acknowledge(id, block.getId(), "ok")));
        assertEquals(List.of("selection.gate.justification"), keys(shortReason));
        tx(() -> gates.acknowledge(id, block.getId(), "The committee heard the reasons and goes on."));
        // Leaving the step checks it again: the same finding stands, covered by its acknowledgement,
        // which is never asked twice.
        assertEquals(SelectionStep.RECOMMENDATION, tx(() -> steps.advance(id)).getStep());
        GateRecord again = tx(() -> selection.file(id)).currentGates().stream()
                .filter(g -> g.getCadreId().equals(wang) && g.getOverrideAt() == null)
                .findFirst()
                .orElseThrow();
        assertEquals(
                block.getId(),
                Findings.acknowledgement(again, tx(() -> selection.file(id)).gates())
                        .orElseThrow()
                        .getId());
        ValidationException twice = assertThrows(
                ValidationException.class,
                () -> tx(() -> gates.acknowledge(id, again.getId(), "A second reason for it.")));
        assertEquals(List.of("selection.gate.alreadyAcknowledged"), keys(twice));
        held.clear();

        ValidationException tooMany = assertThrows(
                ValidationException.class,
                () -> tx(() -> steps.recordRecommendation(
                        id, LocalDate.of(2026, 9, 1), 30, 28, true, List.of(new Tally(wang, 29, null)))));
        assertEquals(List.of("selection.tally.range"), keys(tooMany));
        tx(() -> steps.recordRecommendation(
                id, LocalDate.of(2026, 9, 1), 30, 28, true, List.of(new Tally(wang, 20, 21), new Tally(li, 5, 6))));
        tx(() -> steps.advance(id));
        tx(() -> steps.chooseForInspection(id, List.of(wang)));
        tx(() -> steps.advance(id));
        tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), "team"));
        tx(() -> steps.recordChecks(id, wang, ALL_CHECKS));
        assertEquals(SelectionStep.DECISION, tx(() -> steps.advance(id)).getStep());

        // The meeting rules are checked: 5 of 9 present is below two thirds.
        ValidationException noQuorum =
                assertThrows(ValidationException.class, () -> tx(() -> steps.recordMeeting(id, meeting(9, 5, 5))));
        assertEquals(List.of("selection.meeting.noQuorum"), keys(noQuorum));
        MeetingOutcome notAdopted = tx(() -> steps.recordMeeting(id, meeting(10, 10, 5)));
        assertEquals(MeetingOutcome.Result.NOT_ADOPTED, notAdopted.result());
        MeetingOutcome adopted = tx(() -> steps.recordMeeting(id, meeting(9, 6, 5)));
        assertEquals(MeetingOutcome.Result.ADOPTED, adopted.result());
        SelectionCase decided = tx(() -> selection.find(id));
        assertEquals(SelectionStep.PUBLICITY, decided.getStep());
        assertEquals(wang, decided.getChosenCadreId());

        ValidationException tooShort = assertThrows(
                ValidationException.class, () -> tx(() -> steps.startPublicity(id, LocalDate.of(2026, 9, 29), 4)));
        assertEquals(List.of("selection.publicity.tooShort"), keys(tooShort));
        SelectionCase publicized = tx(() -> steps.startPublicity(id, LocalDate.of(2026, 9, 29), 5));
        // 29 and 30 September, then the holiday, then 8, 9 and the make-up Saturday 10 October.
        assertEquals(LocalDate.of(2026, 10, 10), publicized.publicity().getPublicityTo());
        ValidationException running = assertThrows(ValidationException.class, () -> tx(() -> steps.advance(id)));
        assertEquals(List.of("selection.publicity.running"), keys(running));

        // After the publicity: the appointment, in force from the decision date, with a trial year.
        Clock later = Clock.fixed(
                LocalDate.of(2026, 10, 12).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());
        TestDatabase.wire(steps, "clock", later);
        TestDatabase.wire(apply, "clock", later);
        assertEquals(SelectionStep.APPOINTMENT, tx(() -> steps.advance(id)).getStep());
        ValidationException noDocument = assertThrows(
                ValidationException.class,
                () -> tx(() -> apply.apply(id, " ", LocalDate.of(2026, 10, 12), null, true)));
        assertEquals(List.of("selection.documentNo.required"), keys(noDocument));
        SelectionCase appointed = tx(() -> apply.apply(id, "WW[2026]7", LocalDate.of(2026, 10, 12), null, true));
        assertEquals(SelectionStep.PROBATION, appointed.getStep());
        assertEquals(LocalDate.of(2027, 9, 20), appointed.getProbationUntil());
        assertEquals(
                1,
                db.count(
                        "select count(*) from post_holding where cadre_id = ? and position_id = ? and trial"
                                + " and start_date = date '2026-09-20' and end_date is null and document_no = 'WW[2026]7'",
                        wang,
                        position));
        assertEquals(
                1,
                db.count(
                        "select count(*) from post_holding where cadre_id = ? and end_date = date '2026-09-20'"
                                + " and end_document_no = 'WW[2026]7'",
                        wang));
        assertEquals(
                List.of(),
                observed.stream()
                        .filter(e -> !(e instanceof CadreEvent.Appointed))
                        .toList());
        CadreEvent.Appointed event = (CadreEvent.Appointed) observed.getFirst();
        assertEquals(wang, event.cadreId());
        assertTrue(event.promotion());
        assertTrue(event.probation());
        assertEquals(1, afterCommit.size());

        // The trial year ends without confirmation: the trial post is removed.
        ValidationException future = assertThrows(
                ValidationException.class,
                () -> tx(() -> apply.endProbation(id, false, LocalDate.of(2027, 1, 1), null)));
        assertEquals(List.of("selection.probation.range"), keys(future));
        SelectionCase ended = tx(() -> apply.endProbation(id, false, LocalDate.of(2026, 10, 12), "not fit"));
        assertEquals(CaseStatus.DONE, ended.getStatus());
        assertEquals(
                1,
                db.count(
                        "select count(*) from post_holding where cadre_id = ? and position_id = ?"
                                + " and end_date = date '2026-10-12'",
                        wang,
                        position));
        // Back at the post held before (DOMAIN 4.2): held again from the end of the trial, and the
        // cadre's file names it, no longer the removed trial post or its level.
        assertEquals(
                1,
                db.count(
                        "select count(*) from post_holding where cadre_id = ? and title = 'staff' and main_post"
                                + " and start_date = date '2026-10-12' and end_date is null",
                        wang));
        assertEquals(
                1,
                db.count(
                        "select count(*) from cadre where id = ? and current_post = 'ustaff' and post_level is null",
                        wang));
        CadreEvent.ProbationEnded probation = (CadreEvent.ProbationEnded) observed.getLast();
        assertEquals(false, probation.confirmed());

        // Gates ran, and were journaled, only at the steps a gate answers for (initiation and
        // decision): on entering each, and again on leaving initiation and at each meeting that
        // was recorded (a refused one is rolled back with its check).
        assertEquals(
                5,
                db.count(
                        "select count(*) from audit_event where subject_type = 'selection_case'"
                                + " and subject_id = ? and action = 'selection.gates.check'",
                        id.toString()));
        assertTrue(db.count(
                        "select count(*) from audit_event where subject_type = 'selection_case' and subject_id = ?"
                                + " and action = 'selection.gate.acknowledge'",
                        id.toString())
                == 1);
        assertEquals(2, db.count("select count(*) from selection_meeting where case_id = ?", id));
        assertEquals(1, db.count("select count(*) from selection_meeting where case_id = ? and reconsideration", id));
    }

    private MeetingRecord meeting(int total, int present, int agree) {
        List<MeetingRecord.Vote> votes = new ArrayList<>();
        for (int i = 0; i < present; i++) {
            votes.add(new MeetingRecord.Vote(wang, "member " + i, i < agree ? Opinion.AGREE : Opinion.DISAGREE));
        }
        return new MeetingRecord(
                MeetingBody.STANDING_COMMITTEE,
                LocalDate.of(2026, 9, 20),
                total,
                present,
                VoteMethod.SHOW_OF_HANDS,
                null,
                votes);
    }

    @Test
    void theMeetingModeShowsTheItemPromptsTheSpouseToWithdrawAndRecordsThroughTheDecisionStep() throws SQLException {
        db.execute(
                "insert into family_member (tenant_id, id, cadre_id, sort_order, relation, kinship_class, name)"
                        + " values (?, ?, ?, 1, 'spouse', 'SPOUSE', 'wang wife')",
                WENJIANG,
                UUID.randomUUID(),
                wang);
        DecisionMeetingService meetings = TestDatabase.wire(new DecisionMeetingService(), "em", em);
        TestDatabase.wire(meetings, "selections", selection);
        TestDatabase.wire(meetings, "steps", steps);
        TestDatabase.wire(meetings, "quotas", TestDatabase.wire(new QuotaService(), "em", em));
        TestDatabase.wire(meetings, "clock", TODAY);
        UUID id = tx(() -> selection.open(new OpenCase(
                        SelectionKind.APPOINT, "deputy", position, null, false, null, null, List.of(wang))))
                .getId();
        tx(() -> steps.advance(id));
        tx(() -> steps.recordRecommendation(
                id, LocalDate.of(2026, 9, 1), 40, 32, true, List.of(new Tally(wang, 20, 24))));
        tx(() -> steps.advance(id));
        tx(() -> steps.chooseForInspection(id, List.of(wang)));
        tx(() -> steps.advance(id));
        tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), "team"));
        tx(() -> steps.recordChecks(id, wang, ALL_CHECKS));
        tx(() -> steps.advance(id));

        assertEquals(
                List.of(id),
                tx(() -> meetings.agenda()).stream().map(SelectionCase::getId).toList());
        AgendaItem item = tx(() -> meetings.item(id));
        assertEquals(List.of(wang), item.votedOn());
        CandidateProfile profile = item.candidates().getFirst();
        assertEquals(46, profile.age());
        assertEquals(75, profile.meetingShare());
        assertEquals(8, profile.yearsInPost());
        assertEquals(
                item.quotaBefore().orElseThrow().deputyOccupied() + 1,
                item.quotaAfter().orElseThrow().deputyOccupied());
        Map<UUID, List<EligibilityFinding>> conflicts =
                tx(() -> meetings.conflicts(id, List.of("member 1", "wang wife")));
        assertEquals(
                List.of("wang wife"),
                conflicts.get(wang).stream().map(f -> f.args().getFirst()).toList());

        List<MeetingRecord.Vote> votes = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            votes.add(new MeetingRecord.Vote(wang, "member " + i, Opinion.AGREE));
        }
        votes.add(new MeetingRecord.Vote(wang, "wang wife", Opinion.AGREE));
        ValidationException related = assertThrows(
                ValidationException.class,
                () -> tx(() -> meetings.record(
                        id,
                        new MeetingRecord(
                                MeetingBody.STANDING_COMMITTEE,
                                LocalDate.of(2026, 9, 20),
                                9,
                                7,
                                VoteMethod.ORAL,
                                null,
                                votes))));
        assertEquals(List.of("eligibility.avoidance-meeting.relative"), keys(related));
        MeetingOutcome outcome = tx(() -> meetings.record(
                id,
                new MeetingRecord(
                        MeetingBody.STANDING_COMMITTEE,
                        LocalDate.of(2026, 9, 20),
                        9,
                        7,
                        VoteMethod.ORAL,
                        null,
                        votes.subList(0, 6),
                        List.of(new MeetingRecord.Withdrawal(wang, "wang wife", "spouse")))));
        assertEquals(MeetingOutcome.Result.ADOPTED, outcome.result());
        assertEquals(SelectionStep.PUBLICITY, tx(() -> selection.find(id)).getStep());
        assertEquals(1, tx(() -> meetings.withdrawals(id)).size());

        // Another county's officer gets nothing of it: no agenda item, no item, no conflicts.
        TenancyHolder.set(Tenancy.writing(new TenantId("510117")));
        assertEquals(List.of(), tx(() -> meetings.agenda()));
        assertThrows(CaseNotFoundException.class, () -> tx(() -> meetings.item(id)));
        assertThrows(CaseNotFoundException.class, () -> tx(() -> meetings.conflicts(id, List.of("wang wife"))));
        assertThrows(CaseNotFoundException.class, () -> tx(() -> meetings.withdrawals(id)));
    }

    @Test
    void aMemberWhoWithdrewIsRecordedAndMayNotAlsoVoteOnThatCandidate() throws SQLException {
        SelectionCase removal = tx(() -> selection.open(
                new OpenCase(SelectionKind.REMOVE, "remove", position, li, false, null, null, List.of())));
        UUID id = removal.getId();
        tx(() -> steps.advance(id));
        List<MeetingRecord.Vote> votes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            votes.add(new MeetingRecord.Vote(li, "member " + i, Opinion.AGREE));
        }
        List<MeetingRecord.Vote> withTheWithdrawn = new ArrayList<>(votes);
        withTheWithdrawn.add(new MeetingRecord.Vote(li, "member 5", Opinion.AGREE));
        List<MeetingRecord.Withdrawal> withdrawn = List.of(new MeetingRecord.Withdrawal(li, " member 5 ", "spouse"));

        ValidationException both = assertThrows(
                ValidationException.class,
                () -> tx(() -> steps.recordMeeting(id, removalMeeting(withTheWithdrawn, withdrawn))));
        assertEquals(List.of("selection.withdrawal.voted"), keys(both));
        assertEquals(0, db.count("select count(*) from selection_meeting where case_id = ?", id));

        tx(() -> steps.recordMeeting(id, removalMeeting(votes, withdrawn)));
        assertEquals(
                1,
                db.count(
                        "select count(*) from selection_withdrawal where case_id = ? and member = 'member 5'"
                                + " and reason = 'spouse' and cadre_id = '" + li + "'",
                        id));
        assertEquals(
                1,
                db.count(
                        "select count(*) from audit_event where subject_id = ? and action = 'selection.decision.meeting'"
                                + " and after_json like '%withdrawals%member 5%'",
                        id.toString()));
    }

    private MeetingRecord removalMeeting(List<MeetingRecord.Vote> votes, List<MeetingRecord.Withdrawal> withdrawals) {
        return new MeetingRecord(
                MeetingBody.STANDING_COMMITTEE,
                LocalDate.of(2026, 9, 20),
                7,
                6,
                VoteMethod.ORAL,
                null,
                votes,
                withdrawals);
    }

    @Test
    void aRemovalEndsThePostAndAnAffectingObjectionStopsAnAppointment() throws SQLException {
        db.execute(
                "insert into post_holding (tenant_id, id, cadre_id, unit_id, position_id, unit_name, title,"
                        + " post_level, principal, main_post, start_date) select ?, ?, ?, unit_id, id, 'u', title,"
                        + " post_level, principal, true, date '2019-01-01' from unit_position where id = ?",
                WENJIANG,
                UUID.randomUUID(),
                li,
                position);
        SelectionCase removal = tx(() -> selection.open(
                new OpenCase(SelectionKind.REMOVE, "remove", position, li, false, null, null, List.of())));
        UUID id = removal.getId();
        assertEquals(SelectionStep.DECISION, tx(() -> steps.advance(id)).getStep());
        List<MeetingRecord.Vote> votes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            votes.add(new MeetingRecord.Vote(li, "member " + i, Opinion.AGREE));
        }
        tx(() -> steps.recordMeeting(
                id,
                new MeetingRecord(
                        MeetingBody.STANDING_COMMITTEE,
                        LocalDate.of(2026, 9, 20),
                        7,
                        5,
                        VoteMethod.ORAL,
                        null,
                        votes)));
        assertEquals(SelectionStep.APPOINTMENT, tx(() -> selection.find(id)).getStep());
        assertEquals(
                CaseStatus.DONE,
                tx(() -> apply.apply(id, "WM[2026]3", LocalDate.of(2026, 9, 25), null, false))
                        .getStatus());
        assertEquals(
                1,
                db.count(
                        "select count(*) from post_holding where cadre_id = ? and end_date = date '2026-09-20'"
                                + " and end_document_no = 'WM[2026]3'",
                        li));
        CadreEvent.Removed removed = (CadreEvent.Removed) observed.getLast();
        assertEquals(li, removed.cadreId());

        SelectionCase appointment = tx(() -> selection.open(
                new OpenCase(SelectionKind.APPOINT, "deputy head", position, null, false, null, null, List.of(wang))));
        UUID a = appointment.getId();
        tx(() -> steps.advance(a));
        tx(() -> steps.recordRecommendation(a, LocalDate.of(2026, 9, 1), 10, 10, true, List.of(new Tally(wang, 8, 8))));
        tx(() -> steps.advance(a));
        tx(() -> steps.chooseForInspection(a, List.of(wang)));
        tx(() -> steps.advance(a));
        tx(() -> steps.recordNotice(a, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), "team"));
        tx(() -> steps.recordChecks(a, wang, ALL_CHECKS));
        tx(() -> steps.advance(a));
        tx(() -> steps.recordMeeting(a, meeting(9, 9, 6)));
        tx(() -> steps.startPublicity(a, LocalDate.of(2026, 9, 21), 5));
        SelectionObjection objection = tx(() -> steps.recordObjection(a, LocalDate.of(2026, 9, 22), "a report"));
        // The publicity ended on 25 September, but an unresolved report holds the case.
        ValidationException open = assertThrows(ValidationException.class, () -> tx(() -> steps.advance(a)));
        assertEquals(List.of("selection.objection.open"), keys(open));
        tx(() -> steps.resolveObjection(a, objection.getId(), true, "the report was confirmed"));
        SelectionCase stopped = tx(() -> selection.find(a));
        assertEquals(CaseStatus.REJECTED, stopped.getStatus());
        assertEquals("the report was confirmed", stopped.getStatusReason());
        assertThrows(ValidationException.class, () -> tx(() -> steps.advance(a)));
    }

    @Test
    void aHardBlockCannotBePassedByAnOfficerAndTheRecordedExceptionLetsTheCaseProceed() throws SQLException {
        // The platform's own gates: the unit has no approved deputy post, the four checks are to do.
        QuotaGate quota = TestDatabase.wire(new QuotaGate(), "em", em);
        TestDatabase.wire(quota, "quotas", TestDatabase.wire(new QuotaService(), "em", em));
        platformGates.clear();
        platformGates.add(quota);
        platformGates.add(TestDatabase.wire(new FourChecksGate(), "em", em));
        ExceptionService exceptions = TestDatabase.wire(new ExceptionService(), "em", em);
        TestDatabase.wire(exceptions, "journal", journal);
        TestDatabase.wire(exceptions, "gates", gates);
        TestDatabase.wire(exceptions, "clock", TODAY);
        UUID id = tx(() -> selection.open(new OpenCase(
                        SelectionKind.APPOINT, "deputy head", position, null, false, null, null, List.of(li))))
                .getId();

        ValidationException hard = assertThrows(ValidationException.class, () -> tx(() -> steps.advance(id)));
        assertEquals(List.of("selection.gate.hardBlockedException"), keys(hard));
        assertEquals(
                List.of(
                        "@selection.gate.quota.name",
                        "x",
                        "@selection.step.INITIATION",
                        "@selection.exception.kind.QUOTA_ADJUSTMENT"),
                hard.problems().getFirst().args());
        GateRecord block = tx(() -> gates.openBlocks(selection.find(id), SelectionStep.INITIATION))
                .getFirst();
        assertTrue(block.isHard());
        assertEquals(ExceptionKind.QUOTA_ADJUSTMENT, block.getExceptionKind());
        ValidationException notByOfficer = assertThrows(
                ValidationException.class,
                () -> tx(() -> gates.acknowledge(id, block.getId(), "The county needs this post filled now.")));
        assertEquals(List.of("selection.gate.hard"), keys(notByOfficer));
        assertThrows(
                cn.zugong.core.security.AccessDeniedException.class,
                () -> tx(() -> exceptions.record(
                        id,
                        li,
                        ExceptionKind.QUOTA_ADJUSTMENT,
                        "CB[2026]12",
                        "county staffing office",
                        LocalDate.of(2026, 9, 1),
                        null)));
        assertEquals(SelectionStep.INITIATION, tx(() -> selection.find(id)).getStep());

        // The county's tenant-admin records the documented adjustment; for another check it is no answer.
        CurrentUserHolder.set(new CurrentUser("wj-admin", "admin", Set.of(CurrentUser.TENANT_ADMIN), Set.of()));
        ValidationException incomplete = assertThrows(
                ValidationException.class,
                () -> tx(() -> exceptions.record(id, li, ExceptionKind.QUOTA_ADJUSTMENT, " ", null, null, null)));
        assertEquals(
                List.of("selection.exception.required", "selection.exception.required", "selection.date.required"),
                keys(incomplete));
        tx(() -> exceptions.record(
                id,
                li,
                ExceptionKind.QUOTA_ADJUSTMENT,
                "CB[2026]12",
                "county staffing office",
                LocalDate.of(2026, 9, 1),
                null));
        ValidationException twice = assertThrows(
                ValidationException.class,
                () -> tx(() -> exceptions.record(
                        id,
                        li,
                        ExceptionKind.QUOTA_ADJUSTMENT,
                        "CB[2026]13",
                        "office",
                        LocalDate.of(2026, 9, 2),
                        null)));
        assertEquals(List.of("selection.exception.already"), keys(twice));
        CurrentUserHolder.set(new CurrentUser("wj-officer", "officer", Set.of(CurrentUser.OFFICER), Set.of()));
        assertEquals(SelectionStep.RECOMMENDATION, tx(() -> steps.advance(id)).getStep());

        tx(() -> steps.recordRecommendation(id, LocalDate.of(2026, 9, 1), 10, 10, true, List.of(new Tally(li, 8, 8))));
        tx(() -> steps.advance(id));
        tx(() -> steps.chooseForInspection(id, List.of(li)));
        tx(() -> steps.advance(id));
        tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), "team"));
        // The four checks have no exception: 4 of 5 does not reach the decision (the step names the
        // missing check before the gate's hard block would), 5 of 5 does.
        LocalDate done = LocalDate.of(2026, 9, 15);
        tx(() -> steps.recordChecks(id, li, new Checks(done, done, done, done, null, null)));
        ValidationException four = assertThrows(ValidationException.class, () -> tx(() -> steps.advance(id)));
        assertEquals(List.of("selection.checks.incomplete"), keys(four));
        assertEquals(SelectionStep.INSPECTION, tx(() -> selection.find(id)).getStep());
        tx(() -> steps.recordChecks(id, li, new Checks(done, done, done, done, done, null)));
        assertEquals(SelectionStep.DECISION, tx(() -> steps.advance(id)).getStep());
        assertEquals(List.of(), tx(() -> gates.openBlocks(selection.find(id), SelectionStep.DECISION)));
        assertEquals(
                1,
                db.count(
                        "select count(*) from audit_event where subject_type = 'selection_case' and subject_id = ?"
                                + " and action = 'selection.exception.record'",
                        id.toString()));
        assertEquals(
                0,
                db.count(
                        "select count(*) from audit_event where subject_type = 'selection_case' and subject_id = ?"
                                + " and action = 'selection.gate.acknowledge'",
                        id.toString()));
    }

    @Test
    void aCaseOfAnotherCountyIsNotFound() {
        SelectionCase c = tx(() -> selection.open(
                new OpenCase(SelectionKind.APPOINT, "deputy head", position, null, false, null, null, List.of(li))));
        TenancyHolder.set(Tenancy.writing(new TenantId("510117")));
        assertThrows(CaseNotFoundException.class, () -> tx(() -> selection.find(c.getId())));
        assertThrows(CaseNotFoundException.class, () -> tx(() -> steps.advance(c.getId())));
        assertEquals(0, tx(() -> selection.count(false)));
    }

    /** An appointment case for Wang, recommended on that day, at the step of choosing whom to inspect. */
    private UUID atCandidates(LocalDate recommendedOn, boolean targeted) {
        UUID id = tx(() -> selection.open(new OpenCase(
                        SelectionKind.APPOINT, "deputy head", position, null, false, null, null, List.of(wang))))
                .getId();
        tx(() -> steps.advance(id));
        tx(() -> steps.recordRecommendation(id, recommendedOn, 10, 10, targeted, List.of(new Tally(wang, 8, 8))));
        tx(() -> steps.advance(id));
        return id;
    }

    /** The same case at the inspection, Wang chosen. */
    private UUID atInspection() {
        UUID id = atCandidates(LocalDate.of(2026, 9, 1), true);
        tx(() -> steps.chooseForInspection(id, List.of(wang)));
        tx(() -> steps.advance(id));
        return id;
    }

    /** The same case decided for Wang on 20 September, at the publicity. */
    private UUID atPublicity() {
        UUID id = atInspection();
        tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), "team"));
        tx(() -> steps.recordChecks(id, wang, ALL_CHECKS));
        tx(() -> steps.advance(id));
        tx(() -> steps.recordMeeting(id, meeting(9, 9, 6)));
        return id;
    }

    @Test
    void theInspectionCannotEndWhileACheckIsMissing_Domain48() {
        UUID id = atInspection();
        tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), "team"));

        ValidationException none = assertThrows(ValidationException.class, () -> tx(() -> steps.advance(id)));
        assertEquals(List.of("selection.checks.incomplete"), keys(none));
        assertEquals(
                List.of(
                        "x",
                        "@selection.check.fileReviewedOn, @selection.check.mattersCheckedOn,"
                                + " @selection.check.disciplineOpinionOn, @selection.check.petitionsCheckedOn,"
                                + " @selection.check.integritySignedOn"),
                List.of(none.problems().getFirst().messageArgs()));

        // Four of five: kept as far as done, and the one missing is named.
        Checks four = new Checks(
                ALL_CHECKS.fileReviewedOn(),
                ALL_CHECKS.mattersCheckedOn(),
                ALL_CHECKS.disciplineOpinionOn(),
                ALL_CHECKS.petitionsCheckedOn(),
                null,
                "conclusion to be signed");
        SelectionCandidate saved = tx(() -> steps.recordChecks(id, wang, four));
        assertEquals(List.of("integritySignedOn"), Checks.of(saved).missing());
        assertEquals(ALL_CHECKS.petitionsCheckedOn(), saved.getPetitionsCheckedOn());
        ValidationException one = assertThrows(ValidationException.class, () -> tx(() -> steps.advance(id)));
        assertEquals(
                List.of("x", "@selection.check.integritySignedOn"),
                List.of(one.problems().getFirst().messageArgs()));
        assertEquals(SelectionStep.INSPECTION, tx(() -> selection.find(id)).getStep());

        tx(() -> steps.recordChecks(id, wang, ALL_CHECKS));
        assertEquals(SelectionStep.DECISION, tx(() -> steps.advance(id)).getStep());
    }

    @Test
    void checksSavedAtTheDecisionAreCheckedAgainByTheGatesWithoutARecheck() {
        UUID id = atInspection();
        tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), "team"));
        tx(() -> steps.recordChecks(id, wang, ALL_CHECKS));
        held.add(wang);
        SelectionCase c = tx(() -> steps.advance(id));
        assertEquals(1, gates.openBlocks(c, SelectionStep.DECISION).size());

        held.clear();
        tx(() -> steps.recordChecks(id, wang, ALL_CHECKS));
        assertEquals(List.of(), gates.openBlocks(c, SelectionStep.DECISION));
    }

    @Test
    void vS3_aRecommendationServesForOneYearWhetherTargetedOrNot_Domain53() {
        // Not targeted, exactly a year old (29 September 2025, today 29 September 2026): still valid.
        UUID untargeted = atCandidates(LocalDate.of(2025, 9, 29), false);
        tx(() -> steps.chooseForInspection(untargeted, List.of(wang)));
        assertTrue(tx(() -> selection.file(untargeted)).candidates().getFirst().isInspected());

        // A day older: expired, targeted or not.
        UUID expired = atCandidates(LocalDate.of(2025, 9, 28), true);
        ValidationException old = assertThrows(
                ValidationException.class, () -> tx(() -> steps.chooseForInspection(expired, List.of(wang))));
        assertEquals(List.of("selection.recommendation.expired"), keys(old));
    }

    @Test
    void theInspectionNoticeComesBeforeTheInspectionEnds_Domain43() {
        UUID id = atInspection();
        tx(() -> steps.recordChecks(id, wang, ALL_CHECKS));

        ValidationException noNotice = assertThrows(ValidationException.class, () -> tx(() -> steps.advance(id)));
        assertEquals(List.of("selection.notice.missing"), keys(noNotice));
        ValidationException future = assertThrows(
                ValidationException.class,
                () -> tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 9), "team")));
        assertEquals(List.of("selection.date.future"), keys(future));
        // The notice belongs to the inspection step: not before the inspection targets are chosen.
        UUID early = atCandidates(LocalDate.of(2026, 9, 1), true);
        ValidationException tooEarly = assertThrows(
                ValidationException.class,
                () -> tx(
                        () -> steps.recordNotice(early, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), "team")));
        assertEquals(List.of("selection.step.wrong"), keys(tooEarly));

        tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), "team"));
        assertEquals(SelectionStep.DECISION, tx(() -> steps.advance(id)).getStep());
    }

    @Test
    void thePublicityStartsOnlyAfterTheDecisionOnAGivenDay_Domain41() {
        UUID undecided = atInspection();
        ValidationException beforeDecision = assertThrows(
                ValidationException.class,
                () -> tx(() -> steps.startPublicity(undecided, LocalDate.of(2026, 9, 21), 5)));
        assertEquals(List.of("selection.step.wrong"), keys(beforeDecision));

        UUID id = atPublicity();
        ValidationException dayBefore = assertThrows(
                ValidationException.class, () -> tx(() -> steps.startPublicity(id, LocalDate.of(2026, 9, 18), 5)));
        assertEquals(List.of("selection.publicity.beforeDecision"), keys(dayBefore));
        ValidationException noDay =
                assertThrows(ValidationException.class, () -> tx(() -> steps.startPublicity(id, null, 5)));
        assertEquals(List.of("selection.publicity.fromMissing"), keys(noDay));
        assertEquals(
                LocalDate.of(2026, 9, 25),
                tx(() -> steps.startPublicity(id, LocalDate.of(2026, 9, 21), 5))
                        .publicity()
                        .getPublicityTo());
    }

    @Test
    void skippingThePublicityTakesOneOfTheRegulationsGrounds_Domain41() throws SQLException {
        UUID id = atPublicity();
        ValidationException noGround =
                assertThrows(ValidationException.class, () -> tx(() -> steps.skipPublicity(id, null, "why")));
        assertEquals(List.of("selection.publicity.groundRequired"), keys(noGround));
        // Not a general-election case: it cannot have been publicized at the general election.
        ValidationException notElection = assertThrows(
                ValidationException.class,
                () -> tx(() -> steps.skipPublicity(id, PublicitySkipGround.PUBLICIZED_AT_ELECTION, "2021")));
        assertEquals(List.of("selection.publicity.groundNotElection"), keys(notElection));
        // Wang is promoted by the post (a first leadership post).
        ValidationException promoted = assertThrows(
                ValidationException.class,
                () -> tx(() -> steps.skipPublicity(id, PublicitySkipGround.NOT_A_PROMOTION, "same level")));
        assertEquals(List.of("selection.publicity.groundPromotion"), keys(promoted));
        ValidationException unexplained = assertThrows(
                ValidationException.class,
                () -> tx(() -> steps.skipPublicity(id, PublicitySkipGround.SPECIAL_POST, " ")));
        assertEquals(List.of("selection.reason.required"), keys(unexplained));

        tx(() -> steps.skipPublicity(id, PublicitySkipGround.SPECIAL_POST, "confidential post"));
        SelectionCase skipped = tx(() -> selection.find(id));
        assertEquals(PublicitySkipGround.SPECIAL_POST, skipped.publicity().getPublicitySkipGround());
        assertEquals("confidential post", skipped.publicity().getPublicitySkipped());
        assertEquals(
                1,
                db.count(
                        "select count(*) from selection_case where id = ? and publicity_skip_ground = 'SPECIAL_POST'",
                        id));
        assertEquals(SelectionStep.APPOINTMENT, tx(() -> steps.advance(id)).getStep());
    }

    @Test
    void aTrialIsProposedOnlyForAPromotionToANonElectedDeputyOrInternalPost_Domain42() throws SQLException {
        UUID id = atPublicity();
        // A deputy post of a working department, appointed, Wang promoted to it.
        assertTrue(tx(() -> apply.trialProposed(id)));

        db.execute("update unit_position set principal = true where id = ?", position);
        em.clear();
        assertEquals(false, tx(() -> apply.trialProposed(id)), "the head of a working department");

        db.execute("update org_unit set unit_type = 'INTERNAL_ORGAN'");
        em.clear();
        assertTrue(tx(() -> apply.trialProposed(id)), "any post of an internal organ");

        db.execute("update unit_position set selection = 'ELECTED' where id = ?", position);
        em.clear();
        assertEquals(false, tx(() -> apply.trialProposed(id)), "an elected post");

        db.execute("update unit_position set selection = 'APPOINTED' where id = ?", position);
        db.execute("update post_holding set post_level = 'TOWNSHIP_DEPUTY' where cadre_id = ?", wang);
        em.clear();
        assertEquals(false, tx(() -> apply.trialProposed(id)), "no promotion: Wang already at that level");
    }

    @Test
    void theVotesOfAMeetingComeBackInTheOrderTheyWereEntered() {
        UUID id = atInspection();
        tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 10), LocalDate.of(2026, 9, 11), "team"));
        tx(() -> steps.recordChecks(id, wang, ALL_CHECKS));
        tx(() -> steps.advance(id));
        List<String> members = List.of("成员一", "成员二", "成员三", "成员四", "成员五", "成员六", "成员七", "成员八", "成员九");
        List<MeetingRecord.Vote> votes = members.stream()
                .map(m -> new MeetingRecord.Vote(wang, m, Opinion.AGREE))
                .toList();
        tx(() -> steps.recordMeeting(
                id,
                new MeetingRecord(
                        MeetingBody.STANDING_COMMITTEE,
                        LocalDate.of(2026, 9, 20),
                        9,
                        9,
                        VoteMethod.SHOW_OF_HANDS,
                        null,
                        votes)));

        em.clear();
        assertEquals(
                members,
                tx(() -> selection.file(id)).votes().stream()
                        .map(SelectionVote::getMember)
                        .toList());
    }

    @Test
    void eachActionRecordsWhoActedByDisplayName() throws SQLException {
        SelectionCase c = tx(() -> selection.open(
                new OpenCase(SelectionKind.APPOINT, "deputy head", position, null, false, null, null, List.of(wang))));
        assertEquals(
                1,
                db.count(
                        "select count(*) from audit_event where subject_id = ? and action = 'selection.open'"
                                + " and actor = 'wj-officer' and after_json like '%\"by\":\"officer\"%'",
                        c.getId().toString()));
    }
}
