package cn.zugong.core.plugin.dashboard;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.ops.LogContext;
import cn.zugong.core.ops.OpsMetrics;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.context.PluginTransactions;
import cn.zugong.core.plugin.domain.PluginJob;
import cn.zugong.core.plugin.rules.RulesChanged;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenantDirectory;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Runs the plugins' scheduled jobs: a tick every minute (property {@code zugong.jobs.tick-seconds})
 * runs each due job once for every county that has its plugin enabled, with that county as the
 * writable tenant, each run in a transaction of its own. A job is due once per slot of its period
 * ({@link JobSlot}, at least a minute); on PostgreSQL the run's transaction claims the slot first
 * ({@link JobLeases}), so that with several nodes each county's slot runs on one node only. A run
 * that throws is logged and does not stop the other counties' runs. A suspended county's jobs do not
 * run. When a county's rule values change, its jobs are due again, on every node.
 */
@ApplicationScoped
public class PluginJobs {

    private static final Logger LOG = Logger.getLogger(PluginJobs.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    PluginHost host;

    @Inject
    PluginEnablementService enablement;

    @Inject
    TenantDirectory tenants;

    @Inject
    PluginTransactions transactions;

    @Inject
    JobLeases leases;

    /** The clock the ticks read; a test's own. */
    Clock clock = Clock.systemUTC();

    /** The last slot this node tried, by job and county: the single node's memory (H2). */
    private final Map<String, Long> lastSlot = new ConcurrentHashMap<>();

    private ScheduledFuture<?> ticking;

    /** Starts the ticks; called once at start-up, after the plugins. */
    @PostConstruct
    void schedule() {
        long seconds = Long.getLong("zugong.jobs.tick-seconds", 60);
        ticking = scheduler.scheduleWithFixedDelay(this::tick, seconds, seconds, TimeUnit.SECONDS);
    }

    public void start() {
        // the bean's creation schedules the ticks
    }

    void tick() {
        try {
            Instant now = clock.instant();
            // A suspended tenant's jobs do not run; its data stays.
            Set<String> all = tenants.active().stream().map(t -> t.id().code()).collect(Collectors.toSet());
            Map<String, Set<String>> enabledBy =
                    TenancyHolder.callAs(Tenancy.reading(tenantIds(all)), () -> enablement.enabledBy(all));
            for (PluginJob job : host.jobs()) {
                Duration every = job.job().every().compareTo(Duration.ofMinutes(1)) < 0
                        ? Duration.ofMinutes(1)
                        : job.job().every();
                for (Map.Entry<String, Set<String>> county : enabledBy.entrySet()) {
                    if (county.getValue().contains(job.pluginId())) {
                        runIfDue(job, new TenantId(county.getKey()), every, now);
                    }
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Plugin jobs tick failed", e);
        }
    }

    private void runIfDue(PluginJob job, TenantId county, Duration every, Instant now) {
        JobSlot slot = JobSlot.of(job.pluginId(), job.job().id(), county, every, now);
        Long last = lastSlot.get(slot.key());
        if (last != null && last >= slot.slot()) {
            return;
        }
        lastSlot.put(slot.key(), slot.slot());
        String route = "job:" + job.pluginId() + "/" + job.job().id();
        // The job's log lines (and the failure's) carry the county, the run's id and the job.
        try (LogContext log = LogContext.open(county.code(), "system", LogContext.newRequestId(), route)) {
            try {
                boolean ran = TenancyHolder.callAs(
                        Tenancy.writing(county),
                        () -> transactions.separate(() -> {
                            if (!leases.claim(slot)) {
                                return false;
                            }
                            job.job().run(county);
                            return true;
                        }));
                if (ran) {
                    OpsMetrics.jobRun(job.pluginId(), job.job().id(), false);
                }
            } catch (RuntimeException e) {
                OpsMetrics.jobRun(job.pluginId(), job.job().id(), true);
                LOG.log(
                        Level.SEVERE,
                        "Job " + job.job().id() + " of plugin " + job.pluginId() + " failed for " + county,
                        e);
            }
        }
    }

    /**
     * A county's rule values changed: its jobs are due at the next tick, so that what they work out
     * (reminders, for example) follows the new values today rather than at their next round.
     */
    void rulesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesChanged change) {
        lastSlot.keySet().removeIf(key -> key.endsWith("/" + change.county().code()));
        try {
            leases.release(change.county());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Job leases of " + change.county() + " not released", e);
        }
    }

    private static Set<TenantId> tenantIds(Set<String> codes) {
        return codes.stream().map(TenantId::new).collect(Collectors.toSet());
    }

    @PreDestroy
    void stop() {
        if (ticking != null) {
            ticking.cancel(false);
        }
    }
}
