package cn.zugong.core;

import cn.zugong.api.tenant.CurrentTenant;
import cn.zugong.core.cluster.ClusterListener;
import cn.zugong.core.db.DatabaseMigrator;
import cn.zugong.core.demo.DemoSeeder;
import cn.zugong.core.ops.MetricsInstaller;
import cn.zugong.core.plugin.dashboard.PluginJobs;
import cn.zugong.core.plugin.infrastructure.PluginLifecycle;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

/**
 * Brings the platform up in order: metrics, schema, demo data, plugins, their scheduled jobs, then
 * the listener of the other nodes' changes.
 */
@ApplicationScoped
public class PlatformStartup {

    @Inject
    MetricsInstaller metrics;

    @Inject
    DatabaseMigrator migrator;

    @Inject
    DemoSeeder demo;

    @Inject
    PluginLifecycle plugins;

    @Inject
    PluginJobs jobs;

    @Inject
    ClusterListener cluster;

    void onStart(@Observes Startup startup) {
        CurrentTenant.provide(TenancyHolder::current);
        metrics.install();
        migrator.migrate();
        if (DemoSeeder.enabled()) {
            demo.seed();
        }
        plugins.start();
        jobs.start();
        cluster.start();
    }
}
