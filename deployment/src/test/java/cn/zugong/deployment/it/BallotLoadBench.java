package cn.zugong.deployment.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The ballot page under a room of voters (issue 18: 200 participants within one minute, p95 at
 * most 300 ms), against the running portal of the integration tests (WildFly, PostgreSQL). A
 * benchmark, not a test: its name matches no test pattern, so only an explicit
 * {@code -Dit.test=BallotLoadBench} runs it (deployment/perf/README.md). The session and its 200
 * codes are written straight into the county's tables, hashed with the portal's key (the same
 * rows the officer's "print the codes" makes); each participant then opens the ballot by its code
 * and casts it over HTTP, arriving evenly over {@code zugong.bench.seconds} (default 60), or all
 * at once with 0. Prints the median, p95 and maximum of each request.
 */
@ExtendWith(FullStack.class)
class BallotLoadBench {

    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    @Test
    void twoHundredParticipantsVoteWithinAMinute() throws Exception {
        int participants = Integer.getInteger("zugong.bench.participants", 200);
        int seconds = Integer.getInteger("zugong.bench.seconds", 60);
        UUID session = UUID.randomUUID();
        List<String> codes = session(session, participants);
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        // Warm-up: ten requests that open no ballot (class loading, JIT, connection pool).
        for (int i = 0; i < 10; i++) {
            http.send(
                    HttpRequest.newBuilder(URI.create(FullStack.portalUrl() + "ballot/"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        ConcurrentLinkedQueue<Long> opens = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Long> casts = new ConcurrentLinkedQueue<>();
        AtomicInteger counted = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService voters = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < participants; i++) {
                long at = seconds == 0 ? 0 : TimeUnit.SECONDS.toNanos(seconds) * i / participants;
                String code = codes.get(i);
                voters.submit(() -> {
                    sleepUntil(start + at);
                    long t0 = System.nanoTime();
                    HttpResponse<String> ballot = http.send(
                            HttpRequest.newBuilder(URI.create(FullStack.portalUrl() + "ballot/?c=" + code))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    long t1 = System.nanoTime();
                    HttpResponse<String> cast = http.send(
                            HttpRequest.newBuilder(URI.create(FullStack.portalUrl() + "ballot/cast"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString("code=" + code + "&n=0"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
                    long t2 = System.nanoTime();
                    opens.add(t1 - t0);
                    casts.add(t2 - t1);
                    if (ballot.statusCode() == 200
                            && cast.statusCode() == 200
                            && cast.body().contains("ballot-thanks")) {
                        counted.incrementAndGet();
                    }
                    return null;
                });
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                Locale.ROOT,
                "BALLOT BENCH participants=%d spread=%ds wall=%.1fs counted=%d stored=%d%n",
                participants,
                seconds,
                wall,
                counted.get(),
                stored(session));
        report("open (GET /ballot/?c=)", opens);
        report("cast (POST /ballot/cast)", casts);
    }

    private static void sleepUntil(long nanos) throws InterruptedException {
        long wait = nanos - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }

    private static void report(String what, ConcurrentLinkedQueue<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "BALLOT BENCH %s n=%d median=%.1fms p95=%.1fms max=%.1fms%n",
                what,
                sorted.size(),
                ms(sorted, 0.50),
                ms(sorted, 0.95),
                sorted.getLast() / 1e6);
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get((int) Math.ceil(quantile * sorted.size()) - 1) / 1e6;
    }

    /** An open session of 温江 with two names and one code per participant, as the officer's page makes it. */
    private static List<String> session(UUID session, int participants) throws Exception {
        byte[] key = HexFormat.of().parseHex(secret());
        List<String> codes = new ArrayList<>();
        SecureRandom random = new SecureRandom();
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, Units.WENJIANG, Units.WENJIANG);
            Instant now = Instant.now();
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into ballot_session (tenant_id, id, kind, title,"
                            + " purpose, expected, max_marks, opens_at, closes_at, state, codes_issued, created_by)"
                            + " values (?, ?, 'RECOMMENDATION', 'benchmark', 'bench', ?, 1, ?, ?, 'OPEN', ?, 'bench')")) {
                insert.setString(1, Units.WENJIANG);
                insert.setObject(2, session);
                insert.setInt(3, participants);
                insert.setObject(4, java.sql.Timestamp.from(now.minusSeconds(60)));
                insert.setObject(5, java.sql.Timestamp.from(now.plusSeconds(3600)));
                insert.setInt(6, participants);
                insert.executeUpdate();
            }
            for (int place = 0; place < 2; place++) {
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into ballot_nominee (tenant_id, session_id, place, name) values (?, ?, ?, ?)")) {
                    insert.setString(1, Units.WENJIANG);
                    insert.setObject(2, session);
                    insert.setInt(3, place);
                    insert.setString(4, place == 0 ? "甲" : "乙");
                    insert.executeUpdate();
                }
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            for (int i = 0; i < participants; i++) {
                StringBuilder code = new StringBuilder();
                for (int c = 0; c < 12; c++) {
                    code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                String hash =
                        HexFormat.of().formatHex(mac.doFinal(code.toString().getBytes(StandardCharsets.US_ASCII)));
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into ballot_code (tenant_id, session_id, code_hash) values (?, ?, ?)")) {
                    insert.setString(1, Units.WENJIANG);
                    insert.setObject(2, session);
                    insert.setString(3, hash);
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into ballot_code_lookup (code_hash, tenant_id, session_id) values (?, ?, ?)")) {
                    insert.setString(1, hash);
                    insert.setString(2, Units.WENJIANG);
                    insert.setObject(3, session);
                    insert.executeUpdate();
                }
                codes.add(code.toString());
            }
            db.commit();
        }
        return codes;
    }

    /** The portal's code key, made here as the portal would make it if no code was issued yet. */
    private static String secret() throws SQLException {
        try (Connection db = Postgres.asApp()) {
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into ballot_secret (id, secret)" + " values (1, ?) on conflict (id) do nothing")) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                insert.setString(1, HexFormat.of().formatHex(key));
                insert.executeUpdate();
            }
            try (PreparedStatement select = db.prepareStatement("select secret from ballot_secret where id = 1");
                    ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }

    private static long stored(UUID session) throws SQLException {
        return Long.parseLong(
                Cases.text(Units.WENJIANG, "select count(*) from ballot_cast where session_id = ?", session));
    }
}
