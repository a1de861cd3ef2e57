package cn.zugong.core.selection.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.ExchangeRequest;
import cn.zugong.api.selection.ExchangeType;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.application.PluginRegistry;
import cn.zugong.core.plugin.domain.PluginOffer;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.TenantPlugin;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.CaseExchange;
import cn.zugong.core.selection.domain.CaseRow;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.UnitPosition;
import jakarta.persistence.EntityManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plugin opens the selection case of an exchange (SDK 1.3.0 {@code openExchange}): an appointment
 * case at initiation with the cadre as the intended candidate, marked 转任 with its 第四条 reason,
 * listed as an exchange; another county's cadre or post is refused with the platform's message key,
 * and a read-only caller is refused.
 */
class ExchangeOpeningTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510124";
    private static final Clock TODAY = Clock.fixed(
            LocalDate.of(2026, 12, 7).atStartOfDay(ZoneId.systemDefault()).toInstant(), ZoneId.systemDefault());

    private TestDatabase db;
    private EntityManager em;
    private PluginSelectionCases cases;
    private SelectionService selection;
    private UUID position;
    private UUID cadre;

    @BeforeEach
    void setUp() throws SQLException {
        db = new TestDatabase(
                SelectionCase.class,
                SelectionCandidate.class,
                CaseExchange.class,
                GateRecord.class,
                RecordedException.class,
                UnitPosition.class,
                cn.zugong.core.unit.OrgUnit.class,
                cn.zugong.core.cadre.domain.PostHolding.class,
                cn.zugong.core.cadre.domain.Cadre.class,
                TenantPlugin.class,
                PluginRecord.class,
                PluginOffer.class);
        db.tenant(WENJIANG);
        UUID unit = UUID.randomUUID();
        db.execute(
                "insert into org_unit (tenant_id, id, name, unit_type) values (?, ?, '财政局', 'WORKING_DEPARTMENT')",
                WENJIANG,
                unit);
        position = UUID.randomUUID();
        db.execute(
                "insert into unit_position (tenant_id, id, unit_id, title, post_level, principal, selection)"
                        + " values (?, ?, ?, '副局长', 'TOWNSHIP_DEPUTY', false, 'APPOINTED')",
                WENJIANG,
                position,
                unit);
        cadre = UUID.randomUUID();
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                        + " political_status, management_authority, status, status_since)"
                        + " values (?, ?, '张伟', 'x', 'x', 'MALE', date '1975-01-01', 'x', 'CPC_MEMBER', 'COUNTY',"
                        + " 'ACTIVE', date '2020-01-01')",
                WENJIANG,
                cadre);
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        em = db.entityManager();
        CurrentUserHolder.set(new CurrentUser("wj-officer", "officer", Set.of(CurrentUser.OFFICER), Set.of()));
        CaseJournal journal = TestDatabase.wire(new CaseJournal(), "audit", TestDatabase.auditTrail(em));
        PluginEnablementService enablement = TestDatabase.wire(new PluginEnablementService(), "em", em);
        TestDatabase.wire(enablement, "registry", TestDatabase.wire(new PluginRegistry(), "em", em));
        GateService gates = new GateService() {
            @Override
            Iterable<AppointmentGate> coreGates() {
                return List.of();
            }
        };
        set(gates, "em", em);
        set(gates, "plugins", new PluginHost());
        set(gates, "enablement", enablement);
        set(gates, "journal", journal);
        set(gates, "clock", TODAY);
        selection = TestDatabase.wire(TestDatabase.wire(new SelectionService(), "em", em), "reports", em);
        TestDatabase.wire(selection, "journal", journal);
        TestDatabase.wire(selection, "gates", gates);
        TestDatabase.wire(selection, "clock", TODAY);
        ExchangeOpening opening = TestDatabase.wire(new ExchangeOpening(), "em", em);
        TestDatabase.wire(opening, "selection", selection);
        TestDatabase.wire(opening, "journal", journal);
        cases = TestDatabase.wire(new PluginSelectionCases(), "em", em);
        TestDatabase.wire(cases, "exchanges", opening);
    }

    @AfterEach
    void tearDown() {
        TenancyHolder.clear();
        CurrentUserHolder.clear();
        em.close();
        db.close();
    }

    @Test
    void anExchangeOpensAnAppointmentCaseAtInitiationMarkedAsAnExchangeWithTheCadreAsCandidate() {
        CaseRef opened = tx(() ->
                cases.openExchange(new ExchangeRequest(cadre, position, ExchangeType.REASSIGNMENT, 3, "2027年交流方案")));

        assertEquals(SelectionKind.APPOINT, opened.kind());
        assertEquals(SelectionStep.INITIATION, opened.step());
        assertEquals(List.of(cadre), opened.cadres());
        assertEquals(position, opened.positionId().orElseThrow());
        SelectionCase c = em.find(SelectionCase.class, opened.id());
        assertTrue(c.getTitle().startsWith("2027年交流方案：张伟"));
        CaseExchange mark = em.createQuery("select x from CaseExchange x", CaseExchange.class)
                .getSingleResult();
        assertEquals(opened.id(), mark.getCaseId());
        assertEquals(ExchangeType.REASSIGNMENT, mark.getType());
        assertEquals(3, mark.getReason());
        List<CaseRow> rows = selection.list(true, 0, 10);
        assertEquals(1, rows.size());
        assertEquals(ExchangeType.REASSIGNMENT, rows.getFirst().exchange());
    }

    @Test
    void anotherCountysCadreOrPostIsRefusedWithThePlatformsMessageKey() throws SQLException {
        TenancyHolder.set(Tenancy.writing(new TenantId(PIDU)));

        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class,
                () -> tx(() ->
                        cases.openExchange(new ExchangeRequest(cadre, position, ExchangeType.TRANSFER, 1, "越权"))));

        assertEquals("selection.candidate.notFound", refused.getMessage());
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        assertTrue(selection.list(false, 0, 10).isEmpty());
    }

    @Test
    void aReadOnlyCallerIsRefused() {
        TenancyHolder.set(Tenancy.reading(Set.of(new TenantId(WENJIANG))));

        assertThrows(
                SecurityException.class,
                () -> tx(() ->
                        cases.openExchange(new ExchangeRequest(cadre, position, ExchangeType.TRANSFER, 1, "只读"))));
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

    private static void set(Object target, String field, Object value) {
        try {
            var f = GateService.class.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
