package cn.zugong.core.plugin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.context.PluginTransactions;
import cn.zugong.core.plugin.domain.PluginJob;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.tenant.TenantWallConnectionProvider;
import cn.zugong.core.testdb.ScratchPostgres;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on one PostgreSQL run the same tick: each is a {@link PluginJobs} of its own (its own
 * memory of slots) with a connection of its own as the portal's role, bound to the county of each
 * run as the server binds it. The job's body runs once per county and slot, whichever node wins.
 */
class PluginJobsClusterTest {

    private static final String WENJIANG = "510115";
    private static final String PIDU = "510117";
    private static final Instant TEN_PAST = Instant.parse("2026-12-07T10:10:20Z");

    private static ScratchPostgres postgres;

    private final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> attempts = new ConcurrentHashMap<>();

    @BeforeAll
    static void migrate() throws SQLException {
        postgres = ScratchPostgres.migrated("jobs");
        postgres.tenant("510000", null, "/51/");
        postgres.tenant(WENJIANG, "510000", "/51/510115/");
        postgres.tenant(PIDU, "510000", "/51/510117/");
    }

    @AfterAll
    static void drop() throws SQLException {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoNodesTickingTogetherRunEachCountysSlotOnce() throws Exception {
        ScheduledJob job = job("training.together", true);
        try (Node a = new Node(job, TEN_PAST);
                Node b = new Node(job, TEN_PAST)) {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            try {
                Future<?> first = threads.submit(a.jobs::tick);
                Future<?> second = threads.submit(b.jobs::tick);
                first.get(30, TimeUnit.SECONDS);
                second.get(30, TimeUnit.SECONDS);
            } finally {
                threads.shutdownNow();
            }
        }
        assertThat(counts()).isEqualTo(Map.of(WENJIANG, 1, PIDU, 1));
    }

    @Test
    void aNodeComingAfterTheWinnersCommitFindsTheSlotTakenUntilTheNextSlot() throws Exception {
        ScheduledJob job = job("training.after", false);
        try (Node a = new Node(job, TEN_PAST);
                Node b = new Node(job, TEN_PAST.plusSeconds(30))) {
            a.jobs.tick();
            b.jobs.tick();
            assertThat(counts()).isEqualTo(Map.of(WENJIANG, 1, PIDU, 1));

            b.jobs.clock = Clock.fixed(TEN_PAST.plusSeconds(60), ZoneOffset.UTC);
            b.jobs.tick();
            a.jobs.clock = Clock.fixed(TEN_PAST.plusSeconds(70), ZoneOffset.UTC);
            a.jobs.tick();
            assertThat(counts()).isEqualTo(Map.of(WENJIANG, 2, PIDU, 2));
        }
    }

    @Test
    void aRunThatFailsLeavesTheSlotToAnotherNode() throws Exception {
        TenantId wenjiang = new TenantId(WENJIANG);
        JobSlot slot = JobSlot.of("training", "training.failing", wenjiang, Duration.ofMinutes(1), TEN_PAST);
        try (Connection a = bound(wenjiang);
                Connection b = bound(wenjiang)) {
            assertThat(JobClaim.claim(a, slot, TEN_PAST)).isTrue();
            a.rollback();
            assertThat(JobClaim.claim(b, slot, TEN_PAST)).isTrue();
            b.commit();
            TenantWallConnectionProvider.bind(a, Tenancy.writing(wenjiang));
            assertThat(JobClaim.claim(a, slot, TEN_PAST)).isFalse();
            a.rollback();
        }
    }

    private Map<String, Integer> counts() {
        return runs.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
    }

    /**
     * A job that counts its runs per county. When {@code overlap}, the winning node keeps its
     * transaction open until the other node has tried the same county, so the two meet inside it.
     */
    private ScheduledJob job(String id, boolean overlap) {
        return new ScheduledJob() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Duration every() {
                return Duration.ofMinutes(1);
            }

            @Override
            public void run(TenantId county) {
                runs.computeIfAbsent(county.code(), c -> new AtomicInteger()).incrementAndGet();
                if (overlap) {
                    try {
                        assertThat(attemptsOn(county).await(20, TimeUnit.SECONDS))
                                .as("the other node tried " + county)
                                .isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
    }

    private CountDownLatch attemptsOn(TenantId county) {
        return attempts.computeIfAbsent(county.code(), c -> new CountDownLatch(2));
    }

    private static Connection bound(TenantId county) throws SQLException {
        Connection db = postgres.app().getConnection();
        db.setAutoCommit(false);
        TenantWallConnectionProvider.bind(db, Tenancy.writing(county));
        return db;
    }

    /** One portal node: its scheduler, wired as CDI wires it, and its own database connection. */
    private final class Node implements AutoCloseable {

        final PluginJobs jobs = new PluginJobs();
        final Connection db;

        Node(ScheduledJob job, Instant now) throws SQLException {
            db = postgres.app().getConnection();
            db.setAutoCommit(false);
            jobs.clock = Clock.fixed(now, ZoneOffset.UTC);
            jobs.tenants = new TenantDirectory() {
                @Override
                public List<Tenant> all() {
                    return List.of(
                            new Tenant(new TenantId(WENJIANG), null, "温江区委组织部", "Wenjiang"),
                            new Tenant(new TenantId(PIDU), null, "郫都区委组织部", "Pidu"));
                }
            };
            jobs.enablement = new PluginEnablementService() {
                @Override
                public Map<String, Set<String>> enabledBy(Set<String> tenants) {
                    return tenants.stream().collect(Collectors.toMap(t -> t, t -> Set.of("training")));
                }
            };
            jobs.host = new PluginHost() {
                @Override
                public List<PluginJob> jobs() {
                    return List.of(new PluginJob("training", job));
                }
            };
            jobs.transactions = new PluginTransactions() {
                @Override
                public <T> T separate(Supplier<T> work) {
                    try {
                        TenantWallConnectionProvider.bind(db, TenancyHolder.current());
                        T result = work.get();
                        db.commit();
                        return result;
                    } catch (SQLException | RuntimeException e) {
                        rollback();
                        throw new IllegalStateException(e);
                    }
                }
            };
            jobs.leases = new JobLeases() {
                @Override
                public boolean claim(JobSlot slot) {
                    try {
                        return JobClaim.claim(db, slot, now);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    } finally {
                        attemptsOn(slot.county()).countDown();
                    }
                }
            };
        }

        private void rollback() {
            try {
                db.rollback();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() throws SQLException {
            db.close();
        }
    }
}
