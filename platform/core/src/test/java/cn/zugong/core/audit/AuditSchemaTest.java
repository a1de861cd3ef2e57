package cn.zugong.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit tables on H2, the run command's default database: the common migrations apply, a
 * stored link reads back with the hash it was written with, and a sequence number is taken once.
 */
class AuditSchemaTest {

    private static final String URL = "jdbc:h2:mem:audit-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        Flyway.configure()
                .dataSource(URL, "sa", "")
                .locations("classpath:db/common")
                .load()
                .migrate();
        db = DriverManager.getConnection(URL, "sa", "");
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into tenant (code, path, name_zh, name_en) values ('510115', '/510115/', 'w', 'w')");
        }
    }

    @AfterEach
    void drop() throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.execute("drop all objects");
        }
        db.close();
    }

    @Test
    void aStoredLinkReadsBackWithTheSameHash() throws SQLException {
        AuditEntry link = Chains.of(1).getFirst();
        insert(link);

        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("select occurred_at, summary, before_json, hash from audit_event")) {
            row.next();
            AuditEntry read = new AuditEntry(
                    link.id(),
                    link.tenantId(),
                    link.seq(),
                    row.getObject(1, java.time.OffsetDateTime.class).toInstant(),
                    link.actor(),
                    link.action(),
                    link.subjectType(),
                    link.subjectId(),
                    row.getString(2),
                    row.getString(3),
                    link.afterJson(),
                    link.prevHash(),
                    row.getString(4));
            assertThat(read.expectedHash()).isEqualTo(read.hash()).isEqualTo(link.hash());
        }
    }

    @Test
    void aSequenceNumberIsTakenOnce() throws SQLException {
        AuditEntry link = Chains.of(1).getFirst();
        insert(link);

        assertThatThrownBy(() -> insert(Chains.of(1).getFirst())).isInstanceOf(SQLException.class);
    }

    @Test
    void theChainHeadIsCreatedOnceWhateverTheNumberOfFirstEvents() throws SQLException {
        for (int i = 0; i < 2; i++) {
            try (PreparedStatement insert =
                    db.prepareStatement("insert into audit_chain_head (tenant_id, last_seq, last_hash) select ?, 0, ?"
                            + " where not exists (select 1 from audit_chain_head where tenant_id = ?)")) {
                insert.setString(1, Chains.WENJIANG);
                insert.setString(2, ChainHash.GENESIS);
                insert.setString(3, Chains.WENJIANG);
                insert.executeUpdate();
            }
        }
        try (Statement sql = db.createStatement();
                ResultSet row = sql.executeQuery("select count(*), max(last_hash) from audit_chain_head")) {
            row.next();
            assertThat(row.getInt(1)).isEqualTo(1);
            assertThat(row.getString(2)).isEqualTo(ChainHash.GENESIS);
        }
    }

    private void insert(AuditEntry e) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into audit_event (tenant_id, id, seq, occurred_at,"
                + " actor, action, subject_type, subject_id, summary, before_json, after_json, prev_hash, hash)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, e.tenantId());
            insert.setObject(2, e.id());
            insert.setLong(3, e.seq());
            insert.setTimestamp(4, Timestamp.from(e.occurredAt()));
            insert.setString(5, e.actor());
            insert.setString(6, e.action());
            insert.setString(7, e.subjectType());
            insert.setString(8, e.subjectId());
            insert.setString(9, e.summary());
            insert.setString(10, e.beforeJson());
            insert.setString(11, e.afterJson());
            insert.setString(12, e.prevHash());
            insert.setString(13, e.hash());
            insert.executeUpdate();
        }
    }
}
