package cn.zugong.core.selection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.calendar.CalendarDay;
import cn.zugong.core.calendar.CalendarService;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.domain.PluginOffer;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.TenantPlugin;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.application.gate.DualManagementGate;
import cn.zugong.core.selection.application.gate.InspectionNoticeGate;
import cn.zugong.core.selection.domain.Checks;
import cn.zugong.core.selection.domain.GateArgs;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.MeetingBody;
import cn.zugong.core.selection.domain.MeetingOutcome;
import cn.zugong.core.selection.domain.MeetingRecord;
import cn.zugong.core.selection.domain.OpenCase;
import cn.zugong.core.selection.domain.Opinion;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.SelectionMeeting;
import cn.zugong.core.selection.domain.SelectionObjection;
import cn.zugong.core.selection.domain.SelectionVote;
import cn.zugong.core.selection.domain.Tally;
import cn.zugong.core.selection.domain.VoteMethod;
import cn.zugong.core.selection.eligibility.DualManagement.Reply;
import cn.zugong.core.selection.eligibility.EligibilityRulePack;
import cn.zugong.core.selection.eligibility.EligibilityService;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The procedural rules where their step is taken, on H2 with the national pack of V15: duty
 * avoidance of the inspection team (AVOIDANCE_INSPECTION) when the notice is recorded, of the
 * committee (AVOIDANCE_MEETING) and the dual-management consultation (DUAL_MANAGEMENT) when the
 * decision meeting is recorded, and the notice coming before the inspection.
 */
class ProcedureRulesTest {

    private static final String WENJIANG = "510115";
    private static final Clock TODAY = Clock.fixed(
            LocalDate.of(2026, 9, 29).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    private TestDatabase db;
    private EntityManager em;
    private SelectionService selection;
    private StepService steps;
    private DualConsultationService dual;
    private GateService gates;
    private final List<AppointmentGate> platformGates = new ArrayList<>();
    private UUID position;
    private UUID wang;

    @BeforeEach
    void setUp() throws Exception {
        db = new TestDatabase(
                SelectionCase.class,
                SelectionCandidate.class,
                SelectionMeeting.class,
                SelectionVote.class,
                SelectionObjection.class,
                GateRecord.class,
                RecordedException.class,
                cn.zugong.core.unit.UnitPosition.class,
                cn.zugong.core.unit.OrgUnit.class,
                cn.zugong.core.cadre.domain.PostHolding.class,
                cn.zugong.core.cadre.domain.Cadre.class,
                cn.zugong.core.cadre.domain.FamilyMember.class,
                EligibilityRulePack.class,
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
                        + " values (?, ?, ?, '局长', 'TOWNSHIP_PRINCIPAL', true, 'APPOINTED')",
                WENJIANG,
                position,
                unit);
        wang = cadre("王小明");
        relative(wang, "妻子", "SPOUSE", "李红");
        relative(wang, "同学", "SOCIAL", "孙同学");
        UUID qian = cadre("钱委员");
        relative(qian, "外甥", "COLLATERAL", "王小明");
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        em = db.entityManager();
        CurrentUserHolder.set(new CurrentUser("wj-officer", "officer", Set.of(CurrentUser.OFFICER), Set.of()));
        AuditTrail audit = TestDatabase.auditTrail(em);
        CaseJournal journal = TestDatabase.wire(new CaseJournal(), "audit", audit);
        PluginEnablementService enablement = TestDatabase.wire(new PluginEnablementService(), "em", em);
        TestDatabase.wire(enablement, "registry", TestDatabase.wire(new PluginRegistry(), "em", em));
        gates = new GateService() {
            @Override
            Iterable<AppointmentGate> coreGates() {
                return platformGates;
            }
        };
        for (Object[] f : new Object[][] {
            {"em", em},
            {"plugins", new PluginHost()},
            {"enablement", enablement},
            {"journal", journal},
            {"clock", TODAY}
        }) {
            Field field = GateService.class.getDeclaredField((String) f[0]);
            field.setAccessible(true);
            field.set(gates, f[1]);
        }
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
        EligibilityService eligibility = TestDatabase.wire(new EligibilityService(), "em", em);
        TestDatabase.wire(steps, "eligibility", eligibility);
        InspectionNoticeGate notice = TestDatabase.wire(new InspectionNoticeGate(), "em", em);
        TestDatabase.wire(notice, "eligibility", eligibility);
        TestDatabase.wire(notice, "calendar", calendar);
        DualManagementGate dualGate = TestDatabase.wire(new DualManagementGate(), "em", em);
        TestDatabase.wire(dualGate, "eligibility", eligibility);
        platformGates.addAll(List.of(notice, dualGate));
        TestDatabase.wire(steps, "clock", TODAY);
        dual = TestDatabase.wire(new DualConsultationService(), "em", em);
        TestDatabase.wire(dual, "journal", journal);
        TestDatabase.wire(dual, "clock", TODAY);
    }

    private UUID cadre(String name) throws SQLException {
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

    private void relative(UUID cadre, String relation, String kinship, String name) throws SQLException {
        db.execute(
                "insert into family_member (tenant_id, id, cadre_id, sort_order, relation, kinship_class, name)"
                        + " values (?, ?, ?, 1, ?, ?, ?)",
                WENJIANG,
                UUID.randomUUID(),
                cadre,
                relation,
                kinship,
                name);
    }

    @AfterEach
    void tearDown() {
        TenancyHolder.clear();
        CurrentUserHolder.clear();
        em.close();
        db.close();
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

    private static List<String> refused(Executable call) {
        return assertThrows(ValidationException.class, call).problems().stream()
                .map(Problem::messageKey)
                .toList();
    }

    /** A case for the principal post with 王小明 inspected, at the inspection step. */
    private UUID atInspection() {
        UUID id = tx(() -> selection.open(
                        new OpenCase(SelectionKind.APPOINT, "局长", position, null, false, null, null, List.of(wang))))
                .getId();
        tx(() -> steps.advance(id));
        tx(() ->
                steps.recordRecommendation(id, LocalDate.of(2026, 9, 1), 10, 10, true, List.of(new Tally(wang, 8, 8))));
        tx(() -> steps.advance(id));
        tx(() -> steps.chooseForInspection(id, List.of(wang)));
        tx(() -> steps.advance(id));
        return id;
    }

    private MeetingRecord meeting(LocalDate on, String... members) {
        List<MeetingRecord.Vote> votes = new ArrayList<>();
        for (String member : members) {
            votes.add(new MeetingRecord.Vote(wang, member, Opinion.AGREE));
        }
        return new MeetingRecord(
                MeetingBody.STANDING_COMMITTEE, on, 7, members.length, VoteMethod.SHOW_OF_HANDS, null, votes);
    }

    @Test
    void anInspectionTeamWithTheCandidatesRelativeIsRefusedAndTheNoticeMustPrecedeTheInspection() {
        UUID id = atInspection();
        LocalDate notice = LocalDate.of(2026, 9, 14);
        LocalDate inspection = LocalDate.of(2026, 9, 15);

        assertEquals(
                List.of("eligibility.avoidance-inspection.relative"),
                refused(() -> tx(() -> steps.recordNotice(id, notice, inspection, "张三、李红"))));
        assertEquals(
                List.of("eligibility.avoidance-inspection.relative"),
                refused(() -> tx(() -> steps.recordNotice(id, notice, inspection, "张三，钱委员"))));
        assertEquals(
                List.of("eligibility.avoidance-inspection.self"),
                refused(() -> tx(() -> steps.recordNotice(id, notice, inspection, "王小明"))));
        assertEquals(
                List.of("selection.notice.notBeforeInspection"),
                refused(() -> tx(() -> steps.recordNotice(id, notice, notice, "张三、孙同学"))));

        SelectionCase c = tx(() -> steps.recordNotice(id, notice, inspection, "张三、孙同学"));
        assertEquals(inspection, c.procedure().getInspectionFrom());
        assertEquals(inspection, tx(() -> selection.find(id)).procedure().getInspectionFrom());
    }

    @Test
    void theDecisionWaitsForTheCoManagerAndARelativeOnTheCommitteeMayNotVote() {
        UUID id = atInspection();
        tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 15), "张三"));
        tx(() -> dual.record(id, "市公安局", LocalDate.of(2026, 8, 25), null, null));
        tx(() -> steps.recordChecks(id, wang, allChecks()));
        assertEquals(SelectionStep.DECISION, tx(() -> steps.advance(id)).getStep());
        String[] members = {"周", "吴", "郑", "冯", "陈"};

        // Asked on 25 August: silence is consent from 25 September, not on the 24th.
        assertEquals(
                List.of("eligibility.dual-management.waiting"),
                refused(() -> tx(() -> steps.recordMeeting(id, meeting(LocalDate.of(2026, 9, 24), members)))));
        tx(() -> dual.record(id, "市公安局", LocalDate.of(2026, 8, 25), Reply.DISAGREED, LocalDate.of(2026, 9, 1)));
        // The gate's block is hard ([V]): the meeting is refused before anything else, and the gate
        // says why (a principal post after a disagreement goes to the upper department).
        assertEquals(
                List.of("selection.gate.hardBlocked"),
                refused(() -> tx(() -> steps.recordMeeting(id, meeting(LocalDate.of(2026, 9, 25), members)))));
        assertEquals(
                "eligibility.dual-management.disagreed-principal",
                result(tx(() -> gates.recheck(id)), "core.dual-management").getReasonKey());
        tx(() -> dual.record(id, "市公安局", LocalDate.of(2026, 8, 25), Reply.UPPER_AGREED, LocalDate.of(2026, 9, 10)));

        assertEquals(
                List.of("eligibility.avoidance-meeting.relative", "eligibility.avoidance-meeting.relative"),
                refused(() -> tx(() ->
                        steps.recordMeeting(id, meeting(LocalDate.of(2026, 9, 25), "周", "吴", "郑", "李红", "钱委员")))));
        MeetingOutcome outcome = tx(() -> steps.recordMeeting(id, meeting(LocalDate.of(2026, 9, 25), members)));
        assertEquals(wang, outcome.adopted().orElseThrow());
    }

    @Test
    void aConsultationReplyNeedsItsDateAndNoneIsRecordedAfterTheDecision() {
        UUID id = atInspection();

        assertEquals(
                List.of("selection.date.required"),
                refused(() -> tx(() -> dual.record(id, "市公安局", LocalDate.of(2026, 9, 1), Reply.AGREED, null))));
        assertEquals(
                List.of("selection.dual.replyBeforeConsultation"),
                refused(() -> tx(() ->
                        dual.record(id, "市公安局", LocalDate.of(2026, 9, 10), Reply.AGREED, LocalDate.of(2026, 9, 9)))));
        SelectionCase cleared =
                tx(() -> dual.record(id, " ", LocalDate.of(2026, 9, 10), Reply.AGREED, LocalDate.of(2026, 9, 11)));
        assertEquals(null, cleared.procedure().getDualConsultedOn());
    }

    @Test
    void atTheDecisionANoticeFourWorkingDaysAheadWarnsAndAnUnansweredConsultationBlocks() {
        UUID id = atInspection();
        // Monday 14 September for an inspection on Friday the 18th: 4 working days before.
        tx(() -> steps.recordNotice(id, LocalDate.of(2026, 9, 14), LocalDate.of(2026, 9, 18), "张三"));
        tx(() -> dual.record(id, "市公安局", LocalDate.of(2026, 9, 10), null, null));
        tx(() -> steps.recordChecks(id, wang, allChecks()));
        SelectionCase c = tx(() -> steps.advance(id));

        List<GateRecord> results = tx(() -> gates.check(c, SelectionStep.DECISION));
        GateRecord notice = result(results, "core.inspection-notice");
        assertEquals(GateResult.Outcome.WARNING, notice.getOutcome());
        assertEquals("eligibility.inspection-notice.too-early", notice.getReasonKey());
        assertEquals(List.of("4", "1", "3"), GateArgs.split(notice.getReasonArgs()));
        GateRecord consultation = result(results, "core.dual-management");
        assertEquals(GateResult.Outcome.BLOCK, consultation.getOutcome());
        assertEquals("eligibility.dual-management.waiting", consultation.getReasonKey());

        tx(() -> dual.record(id, "市公安局", LocalDate.of(2026, 9, 10), Reply.AGREED, LocalDate.of(2026, 9, 20)));
        GateRecord agreed = result(tx(() -> gates.recheck(id)), "core.dual-management");
        assertEquals(GateResult.Outcome.PASS, agreed.getOutcome());
        assertEquals("eligibility.dual-management.agreed", agreed.getReasonKey());
    }

    private static GateRecord result(List<GateRecord> results, String gate) {
        return results.stream()
                .filter(r -> r.getGateId().equals(gate))
                .findFirst()
                .orElseThrow();
    }

    /** The five checks of DOMAIN 4.3 done, as the inspection must have them before the decision. */
    private static Checks allChecks() {
        LocalDate done = LocalDate.of(2026, 9, 14);
        return new Checks(done, done, done, done, done, null);
    }
}
