package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The platform's own audit chain end to end: the operators' actions (here a vendor key registered
 * and removed) are linked with who did them and from where, only the platform auditor reads the
 * chain, the portal's role cannot rewrite it, and an edit behind the portal's back is named by
 * the verification in the auditors' view.
 */
@ExtendWith(FullStack.class)
class PlatformAuditIT {

    @Test
    void aVendorKeyAddedAndRemovedIsInThePlatformChainForThePlatformAuditorOnly() throws Exception {
        String fingerprint = addKey();
        HttpResponse<String> removed =
                Api.call("DELETE", "platform/vendor-keys/" + fingerprint, Api.token("platform-secadmin"), null);
        assertThat(removed.statusCode()).isEqualTo(204);

        List<Map<String, Object>> events = events(fingerprint);
        assertThat(events).extracting(e -> e.get("action")).containsExactly("vendorkey.remove", "vendorkey.add");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.get("actor")).isEqualTo("platform-secadmin");
            assertThat((String) e.get("clientAddress")).isNotBlank();
            assertThat((String) e.get("summary")).contains("CN=Zugong Audit Test");
        });
        assertThat((String) events.getLast().get("after")).contains(fingerprint);
        assertThat(events.getFirst().get("after")).isNull();

        for (String user : List.of("platform-sysadmin", "platform-secadmin", "wenjiang-auditor", "wenjiang-admin")) {
            assertThat(Api.call("GET", "platform/audit", Api.token(user), null).statusCode())
                    .as(user)
                    .isEqualTo(403);
            assertThat(Api.call("POST", "platform/audit/verify", Api.token(user), null)
                            .statusCode())
                    .as(user)
                    .isEqualTo(403);
        }
    }

    @Test
    void thePortalsRoleNeitherRewritesThePlatformChainNorReadsItUnopened() throws Exception {
        addKey();
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, "", "");
            try (Statement sql = db.createStatement();
                    ResultSet rows = sql.executeQuery("select count(*) from platform_audit_event")) {
                rows.next();
                assertThat(rows.getInt(1)).isZero();
            }
            db.rollback();
        }
        for (String statement : List.of(
                "update platform_audit_event set summary = 'x'",
                "delete from platform_audit_event",
                "truncate platform_audit_event")) {
            try (Connection db = Postgres.asApp()) {
                db.setAutoCommit(false);
                Units.bind(db, "", "");
                try (Statement sql = db.createStatement()) {
                    assertThatThrownBy(() -> sql.executeUpdate(statement)).hasMessageContaining("permission denied");
                }
                db.rollback();
            }
        }
    }

    @Test
    void aPlatformEventEditedInTheDatabaseIsNamedByTheVerification() throws Exception {
        String fingerprint = addKey();
        Map<String, Object> added = events(fingerprint).getFirst();
        UUID id = UUID.fromString((String) added.get("id"));
        String summary = (String) added.get("summary");

        tamperSummary(id, summary + " (edited)");
        try (Browser auditor = Browser.as("platform-auditor", "admin/audit")) {
            auditor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-verify")));
            auditor.choose("audit-verify-tenant", "vaadin-select-item", "平台运维操作");
            auditor.driver.findElement(By.id("audit-verify")).click();
            auditor.wait.until(
                    d -> !d.findElement(By.id("audit-verify-result")).getText().isBlank());

            assertThat(auditor.driver.findElement(By.id("audit-verify-result")).getText())
                    .contains(id.toString(), "第 " + ((Number) added.get("seq")).longValue() + " 号", "已被篡改");
        } finally {
            tamperSummary(id, summary);
        }
        Map<String, Object> verdict =
                Api.json(Api.call("POST", "platform/audit/verify", Api.token("platform-auditor"), null));
        assertThat(verdict.get("ok")).isEqualTo(true);
    }

    /** Registers a fresh self-signed certificate as platform-secadmin; its fingerprint. */
    private static String addKey() throws Exception {
        HttpResponse<String> added = Api.call(
                "POST",
                "platform/vendor-keys",
                Api.token("platform-secadmin"),
                certificate(),
                "Content-Type",
                "application/x-pem-file");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return (String) Api.json(added).get("fingerprint");
    }

    /** The platform chain's events about one subject, newest first, as the platform auditor reads them. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> events(String subjectId) throws Exception {
        HttpResponse<String> page = Api.call(
                "GET", "platform/audit?action=vendorkey.&subjectId=" + subjectId, Api.token("platform-auditor"), null);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return (List<Map<String, Object>>) Api.json(page).get("items");
    }

    /** A new self-signed certificate from the JDK's keytool, as PEM. */
    private static String certificate() throws Exception {
        Path dir = Files.createTempDirectory("zugong-audit-key");
        Path store = dir.resolve("key.p12");
        String keytool =
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(
                keytool,
                "-genkeypair",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit",
                "-alias",
                "k",
                "-keyalg",
                "EC",
                "-dname",
                "CN=Zugong Audit Test " + UUID.randomUUID(),
                "-validity",
                "2");
        Path pem = dir.resolve("key.pem");
        run(
                keytool,
                "-exportcert",
                "-rfc",
                "-keystore",
                store.toString(),
                "-storepass",
                "changeit",
                "-alias",
                "k",
                "-file",
                pem.toString());
        return Files.readString(pem);
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }

    /** What only the table owner can do, and only by switching the trigger and FORCE off first. */
    private static void tamperSummary(UUID eventId, String summary) throws Exception {
        try (Connection owner = Postgres.asOwner()) {
            owner.setAutoCommit(false);
            try (Statement sql = owner.createStatement()) {
                sql.execute("alter table platform_audit_event disable trigger platform_audit_event_append_only");
                sql.execute("alter table platform_audit_event no force row level security");
            }
            try (PreparedStatement update =
                    owner.prepareStatement("update platform_audit_event set summary = ? where id = ?")) {
                update.setString(1, summary);
                update.setObject(2, eventId);
                assertThat(update.executeUpdate()).isOne();
            }
            try (Statement sql = owner.createStatement()) {
                sql.execute("alter table platform_audit_event force row level security");
                sql.execute("alter table platform_audit_event enable trigger platform_audit_event_append_only");
            }
            owner.commit();
        }
    }
}
