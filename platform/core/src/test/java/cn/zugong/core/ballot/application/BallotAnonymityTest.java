package cn.zugong.core.ballot.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.ballot.domain.BallotCode;
import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.BallotNominee;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.CastBallot;
import cn.zugong.core.ballot.domain.CodeLookup;
import cn.zugong.core.ballot.domain.Marks;
import cn.zugong.core.ballot.domain.PaperEntry;
import cn.zugong.core.ballot.infrastructure.CodeKeys;
import cn.zugong.core.db.StoredSecrets;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No stored row links a ballot to the code that cast it: the schema has no column that could (no
 * code, no sequence, no time on a ballot; no time of use on a code), and after a vote no stored
 * value holds a code or its plain hash, and the ballots' ids are random.
 */
class BallotAnonymityTest {

    private final TestDatabase db = new TestDatabase(
            BallotSession.class,
            BallotNominee.class,
            BallotCode.class,
            CodeLookup.class,
            CastBallot.class,
            PaperEntry.class);
    private EntityManager em;

    @AfterEach
    void tearDown() {
        TenancyHolder.clear();
        CurrentUserHolder.clear();
        if (em != null) {
            em.close();
        }
        db.close();
    }

    @Test
    void aBallotRowHasNoColumnThatCouldNameItsCodeOrItsMoment() throws Exception {
        assertEquals(Set.of("tenant_id", "id", "session_id", "validity", "marks"), columns("ballot_cast"));
        assertEquals(Set.of("tenant_id", "session_id", "code_hash", "used"), columns("ballot_code"));
        assertEquals(Set.of("code_hash", "tenant_id", "session_id"), columns("ballot_code_lookup"));
        assertEquals(
                0,
                db.count(
                        "select count(*) from information_schema.columns where table_name in ('ballot_cast', 'ballot_code')"
                                + " and (data_type like '%TIME%' or data_type like '%DATE%' or data_type like 'BIGINT'"
                                + " or data_type like 'INTEGER')"));
        assertEquals(
                0,
                db.count(
                        "select count(*) from information_schema.sequences where lower(sequence_name) like '%ballot%'"));
    }

    @Test
    void afterAVoteNoStoredValueHoldsTheCodeAndTheBallotIdsAreRandom() throws Exception {
        db.tenant("510115");
        TenancyHolder.set(Tenancy.writing(new TenantId("510115")));
        CurrentUserHolder.set(new CurrentUser("wj-officer", "o", Set.of(CurrentUser.OFFICER), Set.of()));
        em = db.entityManager();
        AuditTrail audit = TestDatabase.auditTrail(em);
        CodeKeys keys = TestDatabase.wire(new CodeKeys(), "secrets", TestDatabase.wire(new StoredSecrets(), "em", em));
        BallotService sessions = TestDatabase.wire(new BallotService(), "em", em);
        TestDatabase.wire(sessions, "journal", TestDatabase.wire(new BallotJournal(), "audit", audit));
        TestDatabase.wire(sessions, "keys", keys);
        BallotBox box = TestDatabase.wire(new BallotBox(), "booth", TestDatabase.wire(new Booth(), "em", em));
        TestDatabase.wire(box, "keys", keys);

        em.getTransaction().begin();
        Instant now = Instant.now();
        BallotSession s = sessions.openFor(
                "test",
                BallotKind.RECOMMENDATION,
                "t",
                List.of(new Nominee(null, "甲"), new Nominee(null, "乙")),
                4,
                1,
                now.minus(1, ChronoUnit.MINUTES),
                now.plus(1, ChronoUnit.HOURS));
        List<String> codes = sessions.issueCodes(s.getId());
        sessions.start(s.getId());
        em.getTransaction().commit();
        em.getTransaction().begin();
        for (int i = 0; i < 4; i++) {
            box.cast(codes.get(i), Marks.choose(Set.of(i % 2)));
        }
        em.getTransaction().commit();

        List<String> stored = new ArrayList<>();
        for (String table : List.of(
                "ballot_session",
                "ballot_nominee",
                "ballot_code",
                "ballot_code_lookup",
                "ballot_cast",
                "audit_event")) {
            stored.addAll(values(table));
        }
        for (String code : codes) {
            String plainHash = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII)));
            for (String value : stored) {
                assertFalse(value.contains(code), "a stored value holds a code");
                assertNotEquals(plainHash, value, "a code is stored as its plain, unkeyed hash");
            }
        }
        assertEquals(4, db.count("select count(*) from ballot_code where used"));
        try (var c = java.sql.DriverManager.getConnection(url(), "sa", "");
                var rows = c.createStatement().executeQuery("select id from ballot_cast")) {
            while (rows.next()) {
                assertEquals(4, UUID.fromString(rows.getString(1)).version(), "a ballot's id is random");
            }
        }
    }

    private Set<String> columns(String table) throws Exception {
        Set<String> names = new TreeSet<>();
        try (var c = java.sql.DriverManager.getConnection(url(), "sa", "");
                var rows = c.getMetaData().getColumns(null, null, table, null)) {
            while (rows.next()) {
                names.add(rows.getString("COLUMN_NAME").toLowerCase());
            }
        }
        return names;
    }

    private List<String> values(String table) throws Exception {
        List<String> values = new ArrayList<>();
        try (var c = java.sql.DriverManager.getConnection(url(), "sa", "");
                var rows = c.createStatement().executeQuery("select * from " + table)) {
            int n = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= n; i++) {
                    values.add(String.valueOf(rows.getObject(i)));
                }
            }
        }
        return values;
    }

    private String url() {
        return db.url();
    }
}
