package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The audit trail end to end: changes are recorded with before and after and the session and
 * address they came from, the portal's role cannot rewrite the trail, an edit behind the portal's
 * back is named by the verification, a county auditor reads only their county, and nobody else
 * opens the trail.
 */
@ExtendWith(FullStack.class)
class AuditTrailIT {

    /** One stored event, as the auditors' database binding reads it. */
    record Event(
            UUID id,
            long seq,
            String actor,
            String action,
            String subjectId,
            String before,
            String after,
            String sessionHash,
            String clientAddress) {}

    @Test
    void anOfficersNewAndChangedUnitAreRecordedWithBeforeAndAfter() throws Exception {
        String name = createUnit("wenjiang-officer", "温江区审计测试单位");
        UUID unitId = Units.idOf(Units.WENJIANG, name);

        List<Event> created = events(Units.WENJIANG, name);
        assertThat(created).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo("unit.create");
            assertThat(event.actor()).isEqualTo("wenjiang-officer");
            assertThat(event.subjectId()).isEqualTo(unitId.toString());
            assertThat(event.before()).isNull();
            assertThat(event.after()).contains(name, "WORKING_DEPARTMENT", "\"deputyPosts\":0");
        });

        try (Browser officer = Browser.as("wenjiang-officer", "units/" + unitId)) {
            officer.wait.until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#unit-deputy-posts input")));
            WebElement deputies = officer.driver.findElement(By.cssSelector("#unit-deputy-posts input"));
            deputies.sendKeys(Keys.chord(Keys.CONTROL, "a"), "2", Keys.TAB);
            officer.driver.findElement(By.id("unit-save")).click();
            officer.wait.until(d -> !officer.present("unit-dialog"));
        }

        Event updated = events(Units.WENJIANG, name).getLast();
        assertThat(updated.action()).isEqualTo("unit.update");
        assertThat(updated.seq()).isGreaterThan(created.getFirst().seq());
        assertThat(updated.before()).contains("\"deputyPosts\":0");
        assertThat(updated.after()).contains("\"deputyPosts\":2");
        // Where the change came from: the browser's session, hashed, and its address.
        assertThat(updated.sessionHash()).matches("[0-9a-f]{16}");
        assertThat(updated.clientAddress()).isNotBlank();
    }

    @Test
    void thePortalsRoleCanNeitherChangeNorDeleteTheTrailAndTheOwnerIsStoppedByTheTrigger() throws Exception {
        String name = createUnit("pidu-officer", "郫都区审计测试单位");
        for (String statement :
                List.of("update audit_event set summary = 'x'", "delete from audit_event", "truncate audit_event")) {
            try (Connection db = Postgres.asApp()) {
                db.setAutoCommit(false);
                Units.bindAuditor(db, Units.PIDU);
                try (Statement sql = db.createStatement()) {
                    assertThatThrownBy(() -> sql.executeUpdate(statement)).hasMessageContaining("permission denied");
                }
                db.rollback();
            }
        }
        try (Connection owner = Postgres.asOwner()) {
            owner.setAutoCommit(false);
            try (Statement sql = owner.createStatement()) {
                sql.execute("alter table audit_event no force row level security");
                assertThatThrownBy(() -> sql.executeUpdate("update audit_event set summary = 'x'"))
                        .hasMessageContaining("append-only");
            }
            owner.rollback();
        }
        assertThat(events(Units.PIDU, name)).hasSize(1);
    }

    @Test
    void anEventEditedInTheDatabaseBehindThePortalsBackIsNamedByTheVerification() throws Exception {
        String name = createUnit("pidu-officer", "郫都区篡改测试单位");
        Event event = events(Units.PIDU, name).getFirst();

        tamperSummary(event.id(), name + "X");
        try (Browser auditor = Browser.as("platform-auditor", "admin/audit")) {
            auditor.wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit-verify")));
            auditor.choose("audit-verify-tenant", "vaadin-select-item", "郫都区委组织部");
            auditor.driver.findElement(By.id("audit-verify")).click();
            auditor.wait.until(
                    d -> !d.findElement(By.id("audit-verify-result")).getText().isBlank());

            assertThat(auditor.driver.findElement(By.id("audit-verify-result")).getText())
                    .contains(event.id().toString(), "第 " + event.seq() + " 号", "已被篡改");
        } finally {
            tamperSummary(event.id(), name);
        }
    }

    @Test
    void aCountyAuditorReadsAndVerifiesTheirCountysTrailOnlyAndChangesNothing() throws Exception {
        String wenjiangUnit = createUnit("wenjiang-officer", "温江区审计可见单位");
        String piduUnit = createUnit("pidu-officer", "郫都区审计不可见单位");

        try (Browser auditor = Browser.as("wenjiang-auditor", "admin/audit")) {
            auditor.waitForGridText(wenjiangUnit);
            assertThat(auditor.gridTexts()).doesNotContain(piduUnit).noneMatch(text -> text.contains("pidu-officer"));
            assertThat(auditor.present("audit-filter-tenant")).isFalse();

            auditor.driver.findElement(By.id("audit-verify")).click();
            auditor.wait.until(
                    d -> !d.findElement(By.id("audit-verify-result")).getText().isBlank());
            assertThat(auditor.driver.findElement(By.id("audit-verify-result")).getText())
                    .startsWith("哈希链完整");

            auditor.go("units");
            auditor.waitForGridText(Units.WENJIANG_COMMITTEE);
            assertThat(auditor.present("unit-create")).isFalse();
        }
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bindAuditor(db, Units.WENJIANG);
            try (Statement sql = db.createStatement();
                    ResultSet row = sql.executeQuery(
                            "select count(*) from audit_event where tenant_id <> '" + Units.WENJIANG + "'")) {
                row.next();
                assertThat(row.getInt(1)).isZero();
            }
            db.rollback();
        }
    }

    @Test
    void officersAndOtherOperatorsCannotOpenTheTrail() throws Exception {
        for (String user : List.of("wenjiang-officer", "wenjiang-admin", "platform-sysadmin")) {
            try (Browser browser = Browser.as(user, "admin/audit")) {
                browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("access-denied")));

                assertThat(browser.present("audit-grid")).as(user).isFalse();
                assertThat(browser.navText()).as(user).doesNotContain("审计日志");
            }
        }
    }

    private static String createUnit(String officer, String prefix) throws Exception {
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.as(officer, "units")) {
            browser.driver.findElement(By.id("unit-create")).click();
            browser.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#unit-name input")));
            browser.driver.findElement(By.cssSelector("#unit-name input")).sendKeys(name);
            browser.choose("unit-type", "vaadin-combo-box-item", "工作部门");
            browser.driver.findElement(By.id("unit-save")).click();
            browser.wait.until(d -> !browser.present("unit-dialog"));
        }
        return name;
    }

    /** The unit events of one tenant whose summary is the unit's name, oldest first. */
    private static List<Event> events(String tenant, String summary) throws SQLException {
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bindAuditor(db, tenant);
            try (PreparedStatement select = db.prepareStatement(
                    "select id, seq, actor, action, subject_id, before_json, after_json, session_hash,"
                            + " client_address from audit_event"
                            + " where subject_type = 'unit' and summary = ? order by seq")) {
                select.setString(1, summary);
                List<Event> events = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        events.add(new Event(
                                rows.getObject(1, UUID.class),
                                rows.getLong(2),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6),
                                rows.getString(7),
                                rows.getString(8),
                                rows.getString(9)));
                    }
                }
                return events;
            } finally {
                db.rollback();
            }
        }
    }

    /** What only the table owner can do, and only by switching the trigger and FORCE off first. */
    private static void tamperSummary(UUID eventId, String summary) throws SQLException {
        try (Connection owner = Postgres.asOwner()) {
            owner.setAutoCommit(false);
            try (Statement sql = owner.createStatement()) {
                sql.execute("alter table audit_event disable trigger audit_event_append_only");
                sql.execute("alter table audit_event no force row level security");
            }
            try (PreparedStatement update = owner.prepareStatement("update audit_event set summary = ? where id = ?")) {
                update.setString(1, summary);
                update.setObject(2, eventId);
                assertThat(update.executeUpdate()).isOne();
            }
            try (Statement sql = owner.createStatement()) {
                sql.execute("alter table audit_event force row level security");
                sql.execute("alter table audit_event enable trigger audit_event_append_only");
            }
            owner.commit();
        }
    }
}
