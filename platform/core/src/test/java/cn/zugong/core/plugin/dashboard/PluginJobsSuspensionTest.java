package cn.zugong.core.plugin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.job.ScheduledJob;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.context.PluginTransactions;
import cn.zugong.core.plugin.domain.PluginJob;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import cn.zugong.core.tenant.TenantStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A suspended county's scheduled jobs do not run; they run again once it is resumed. */
class PluginJobsSuspensionTest {

    private final Tenant wenjiang = new Tenant(new TenantId("510115"), null, "温江区委组织部", "Wenjiang");
    private final Tenant pidu = new Tenant(new TenantId("510117"), null, "郫都区委组织部", "Pidu");
    private final List<String> ran = new ArrayList<>();

    private PluginJobs jobs() {
        PluginJobs jobs = new PluginJobs();
        jobs.tenants = new TenantDirectory() {
            @Override
            public List<Tenant> all() {
                return List.of(wenjiang, pidu);
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
                return List.of(new PluginJob("training", new Reminder()));
            }
        };
        jobs.transactions = new PluginTransactions() {
            @Override
            public <T> T separate(Supplier<T> work) {
                return work.get();
            }
        };
        jobs.leases = new JobLeases() {
            @Override
            public boolean claim(JobSlot slot) {
                return true;
            }
        };
        return jobs;
    }

    @Test
    void aSuspendedCountysJobsDoNotRunAndRunAgainOnceResumed() {
        pidu.changeStatus(TenantStatus.SUSPENDED, "platform-sysadmin", Instant.now());

        jobs().tick();
        assertThat(ran).containsExactly("510115");

        pidu.changeStatus(TenantStatus.ACTIVE, "platform-sysadmin", Instant.now());
        ran.clear();
        jobs().tick();
        assertThat(ran).containsExactlyInAnyOrder("510115", "510117");
    }

    private final class Reminder implements ScheduledJob {
        @Override
        public String id() {
            return "training.reminder";
        }

        @Override
        public Duration every() {
            return Duration.ofMinutes(1);
        }

        @Override
        public void run(TenantId county) {
            ran.add(county.code());
        }
    }
}
