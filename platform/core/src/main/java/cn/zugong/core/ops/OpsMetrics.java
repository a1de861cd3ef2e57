package cn.zugong.core.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The portal's own metrics, recorded into the registry WildFly's Micrometer subsystem provides
 * (installed at start-up by {@link MetricsInstaller}) and served with the server's in Prometheus
 * format ({@code /metrics} on the management interface). Until a registry is installed (unit
 * tests, a server without the subsystem) every call does nothing, so features record without a
 * dependency to wire.
 *
 * <p>Meters are made through the registry's own methods ({@code timer(name, tags)} …), never
 * Micrometer's builders: WildFly's deployment registry forwards only those to the server's
 * registries (a builder registers in the deployment's local registry, which nothing exports, and
 * WildFly warns that {@code MeterRegistry.Config} is not supported).
 *
 * <p>Tags stay few and bounded: routes are templates ({@code cadres/:id}, {@code GET units/{id}}),
 * never raw paths with ids, and no tag holds a tenant or a user.
 */
public final class OpsMetrics {

    /**
     * The servlet request attribute in which the layer that routed a request (the REST API, the
     * Vaadin router) names its route template for the request's timer and log lines.
     */
    public static final String ROUTE_ATTRIBUTE = "zugong.route";

    /** Open Vaadin sessions and UIs (browser tabs), kept by the ui's service listener. */
    private static final AtomicInteger SESSIONS = new AtomicInteger();

    private static final AtomicInteger UIS = new AtomicInteger();

    private static volatile MeterRegistry registry;

    private OpsMetrics() {}

    /** Records into this registry from now on, with the session and UI gauges. */
    static synchronized void install(MeterRegistry meters) {
        meters.gauge("zugong.vaadin.sessions", Tags.empty(), SESSIONS, AtomicInteger::get);
        meters.gauge("zugong.vaadin.uis", Tags.empty(), UIS, AtomicInteger::get);
        registry = meters;
    }

    /** Stops recording (the deployment is going away; its meters stay with the server's registry). */
    static synchronized void uninstall() {
        registry = null;
    }

    /**
     * One HTTP request served.
     *
     * @param kind {@code page}, {@code uidl}, {@code heartbeat}, {@code api}, {@code resource} …
     * @param route the route template, or the kind again when there is none
     * @param method the HTTP method
     * @param status the response status
     */
    public static void request(String kind, String route, String method, int status, Duration time) {
        MeterRegistry meters = registry;
        if (meters != null) {
            meters.timer(
                            "zugong.requests",
                            Tags.of("kind", kind, "route", route, "method", method, "status", Integer.toString(status)))
                    .record(time);
        }
    }

    /** A plugin's scheduled job ran for one county; {@code failed} when it threw. */
    public static void jobRun(String pluginId, String jobId, boolean failed) {
        MeterRegistry meters = registry;
        if (meters != null) {
            meters.counter(
                            "zugong.plugin.job.runs",
                            Tags.of("plugin", pluginId, "job", jobId, "outcome", failed ? "failed" : "ok"))
                    .increment();
        }
    }

    /**
     * An import finished.
     *
     * @param format {@code xlsx}, {@code lrmx} …
     * @param imported whether it was taken (all or nothing) or refused
     * @param rows the rows (cadres) it took; 0 when refused
     */
    public static void imported(String format, boolean imported, int rows) {
        MeterRegistry meters = registry;
        if (meters != null) {
            String outcome = imported ? "imported" : "refused";
            meters.counter("zugong.imports", Tags.of("format", format, "outcome", outcome))
                    .increment();
            meters.counter("zugong.imports.rows", Tags.of("format", format)).increment(rows);
        }
    }

    /** Notice mails sent and failed, for one posted notice. */
    public static void noticeMails(int sent, int failed) {
        MeterRegistry meters = registry;
        if (meters != null) {
            meters.counter("zugong.notice.mails", Tags.of("outcome", "sent")).increment(sent);
            meters.counter("zugong.notice.mails", Tags.of("outcome", "failed")).increment(failed);
        }
    }

    /** A Vaadin session began ({@code +1}) or ended ({@code -1}). */
    public static void sessions(int delta) {
        SESSIONS.addAndGet(delta);
    }

    /** A Vaadin UI was opened ({@code +1}) or closed ({@code -1}). */
    public static void uis(int delta) {
        UIS.addAndGet(delta);
    }
}
