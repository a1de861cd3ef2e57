package cn.zugong.core.ops;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Hands the registry of WildFly's Micrometer subsystem to {@link OpsMetrics} at start-up. Without
 * the subsystem (a server configured otherwise) the portal runs without its own metrics and says so.
 */
@ApplicationScoped
public class MetricsInstaller {

    private static final Logger LOG = Logger.getLogger(MetricsInstaller.class.getName());

    @Inject
    Instance<MeterRegistry> registry;

    public void install() {
        if (registry.isResolvable()) {
            OpsMetrics.install(registry.get());
        } else {
            LOG.warning("No Micrometer registry (WildFly's micrometer subsystem): the portal's metrics are off");
        }
    }

    @PreDestroy
    void uninstall() {
        OpsMetrics.uninstall();
    }
}
