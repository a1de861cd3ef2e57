package cn.zugong.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.core.audit.ChainVerdict.Problem;
import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.security.RequestOrigin;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform's own chain on the portal's schema (H2): an operator's action is linked with who
 * did it and from where, the platform auditor reads and verifies it, an edit or a deletion behind
 * the portal's back is named, and nobody else reads it.
 */
class PlatformChainTest {

    private TestDatabase db;
    private EntityManager em;

    @BeforeEach
    void migrate() {
        db = new TestDatabase(PlatformAuditEvent.class, PlatformChainHead.class);
        em = db.entityManager();
    }

    @AfterEach
    void close() {
        em.close();
        db.close();
        CurrentUserHolder.clear();
        RequestOrigin.clear();
    }

    @Test
    void anOperatorsActionIsLinkedWithTheOperatorAndTheSession() {
        as("platform-secadmin", CurrentUser.PLATFORM_SECADMIN);
        RequestOrigin.set(RequestOrigin.of("session-1", "10.0.0.7"));
        record(new PlatformAction("vendorkey.add", "vendor_key", "ab12", "CN=Vendor", null, "{\"subject\":\"x\"}"));

        as("platform-auditor", AuditScope.PLATFORM_AUDITOR);
        List<AuditEntry> events = inTransaction(() -> reader().list(AuditQuery.all(0, 10)));

        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.tenantId()).isEqualTo(PlatformChain.ID);
            assertThat(e.seq()).isOne();
            assertThat(e.actor()).isEqualTo("platform-secadmin");
            assertThat(e.action()).isEqualTo("vendorkey.add");
            assertThat(e.subjectId()).isEqualTo("ab12");
            assertThat(e.sessionHash())
                    .isEqualTo(RequestOrigin.of("session-1", null).sessionHash());
            assertThat(e.clientAddress()).isEqualTo("10.0.0.7");
            assertThat(e.expectedHash()).isEqualTo(e.hash());
        });
    }

    @Test
    void theAuditorFindsTheChainIntactAndTheCheckIsItselfRecorded() {
        as("platform-sysadmin", CurrentUser.PLATFORM_SYSADMIN);
        record(action("plugin.install", "training"));
        record(action("plugin.offer", "training"));

        as("platform-auditor", AuditScope.PLATFORM_AUDITOR);
        ChainVerdict verdict = inTransaction(() -> reader().verify());

        assertThat(verdict.ok()).isTrue();
        assertThat(verdict.checked()).isEqualTo(2);
        List<AuditEntry> newest = inTransaction(() -> reader().list(AuditQuery.all(0, 1)));
        assertThat(newest.getFirst().action()).isEqualTo("audit.verify");
        assertThat(newest.getFirst().actor()).isEqualTo("platform-auditor");
        assertThat(inTransaction(() -> reader().verify()).checked()).isEqualTo(3);
    }

    @Test
    void aRowEditedBehindThePortalsBackIsNamed() throws Exception {
        as("platform-sysadmin", CurrentUser.PLATFORM_SYSADMIN);
        record(action("plugin.install", "training"));
        AuditEntry second = record(action("plugin.offer", "training"));
        record(action("plugin.deactivate", "training"));

        db.execute("update platform_audit_event set after_json = ? where id = ?", "{\"offers\":\"\"}", second.id());

        as("platform-auditor", AuditScope.PLATFORM_AUDITOR);
        ChainVerdict verdict = inTransaction(() -> reader().verify());
        assertThat(verdict.ok()).isFalse();
        assertThat(verdict.broken().orElseThrow().seq()).isEqualTo(2);
        assertThat(verdict.broken().orElseThrow().eventId()).isEqualTo(second.id());
        assertThat(verdict.broken().orElseThrow().problem()).isEqualTo(Problem.HASH_MISMATCH);
    }

    @Test
    void theNewestRowDeletedIsNamed() throws Exception {
        as("platform-sysadmin", CurrentUser.PLATFORM_SYSADMIN);
        record(action("plugin.install", "training"));
        AuditEntry last = record(action("plugin.uninstall", "training"));

        db.execute("delete from platform_audit_event where id = ?", last.id());

        as("platform-auditor", AuditScope.PLATFORM_AUDITOR);
        ChainVerdict verdict = inTransaction(() -> reader().verify());
        assertThat(verdict.broken().orElseThrow().problem()).isEqualTo(Problem.TAIL_MISSING);
        assertThat(verdict.broken().orElseThrow().seq()).isEqualTo(2);
    }

    @Test
    void anActionWhoseChangeRollsBackLeavesNoLink() throws Exception {
        as("platform-sysadmin", CurrentUser.PLATFORM_SYSADMIN);
        em.getTransaction().begin();
        chain().record(action("plugin.install", "training"));
        em.flush();
        em.getTransaction().rollback();

        assertThat(db.count("select count(*) from platform_audit_event")).isZero();
        assertThat(db.count("select last_seq from platform_audit_head")).isZero();
    }

    @Test
    void theAuditorFiltersByActionAndNobodyElseReadsTheChain() {
        as("platform-sysadmin", CurrentUser.PLATFORM_SYSADMIN);
        record(action("plugin.install", "training"));
        record(action("vendorkey.remove", "ab12"));

        assertThatThrownBy(() -> reader().list(AuditQuery.all(0, 10))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reader().verify()).isInstanceOf(AccessDeniedException.class);
        as("wenjiang-auditor", AuditScope.TENANT_AUDITOR);
        assertThatThrownBy(() -> reader().count(AuditQuery.all(0, 10))).isInstanceOf(AccessDeniedException.class);

        as("platform-auditor", AuditScope.PLATFORM_AUDITOR);
        AuditQuery vendorKeys = new AuditQuery("", "", "vendorkey.", "", "", null, null, 0, 10);
        assertThat(inTransaction(() -> reader().list(vendorKeys)))
                .extracting(AuditEntry::subjectId)
                .containsExactly("ab12");
        assertThat(inTransaction(() -> reader().count(vendorKeys))).isOne();
    }

    private static PlatformAction action(String action, String subject) {
        return new PlatformAction(action, "plugin", subject, subject, null, "{}");
    }

    private AuditEntry record(PlatformAction action) {
        inTransaction(() -> {
            chain().record(action);
            return null;
        });
        return inTransaction(
                () -> em.createQuery("select e from PlatformAuditEvent e order by e.seq desc", PlatformAuditEvent.class)
                        .setMaxResults(1)
                        .getSingleResult()
                        .toEntry());
    }

    private PlatformChain chain() {
        return TestDatabase.wire(new PlatformChain(), "em", em);
    }

    private PlatformAuditReader reader() {
        return TestDatabase.wire(new PlatformAuditReader(), "em", em);
    }

    private void as(String user, String role) {
        CurrentUserHolder.set(new CurrentUser(user, user, Set.of(role), Set.of()));
    }

    private <T> T inTransaction(Supplier<T> work) {
        em.getTransaction().begin();
        T result = work.get();
        em.getTransaction().commit();
        em.clear();
        return result;
    }
}
