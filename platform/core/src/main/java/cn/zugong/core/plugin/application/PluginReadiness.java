package cn.zugong.core.plugin.application;

import cn.zugong.core.plugin.domain.InstalledPlugin;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The plugins in the readiness report: how many are started and which (id and version), and which
 * failed and why. A failed plugin does not make the portal unready: the host stops only that plugin
 * and the platform keeps serving (ARCHITECTURE, Plugins), so taking the whole portal out of a load balancer for it would
 * turn one module's fault into an outage. So this check is always up, with the failures in its data.
 */
@Readiness
@ApplicationScoped
public class PluginReadiness implements HealthCheck {

    @Inject
    PluginHost host;

    @Inject
    PluginRegistry registry;

    @Override
    public HealthCheckResponse call() {
        List<InstalledPlugin> running = host.plugins();
        // which plugins this node runs, and in which version: in a cluster, what an operator (and
        // ClusterIT) compares between nodes
        var response = HealthCheckResponse.named("plugins")
                .withData("started", running.size())
                .withData(
                        "running",
                        running.stream()
                                .map(p -> p.id() + " " + p.version())
                                .sorted()
                                .collect(Collectors.joining(", ")));
        try {
            List<PluginRecord> records = registry.all();
            String failed = records.stream()
                    .filter(r -> r.state() == PluginState.FAILED)
                    .map(r -> r.pluginId() + ": " + r.message().orElse("?"))
                    .collect(Collectors.joining("; "));
            response.withData("failed", failed.isEmpty() ? "none" : failed);
        } catch (RuntimeException databaseDown) {
            response.withData("failed", "unknown (database not reachable)");
        }
        return response.up().build();
    }
}
