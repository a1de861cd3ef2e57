package cn.zugong.deployment.it;

import cn.zugong.deployment.cluster.Cluster;
import cn.zugong.deployment.cluster.ClusterPorts;
import cn.zugong.deployment.cluster.ClusterSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/**
 * The cluster of {@code run.sh --cluster} for a test or a benchmark: HAProxy, two portal and two
 * Keycloak nodes on fresh databases ({@code zugong_cluster_it}, {@code zugong_cluster_kc_it}) and
 * ports of their own, clear of the run command's (8080, 8180 …), {@link FullStack}'s (9080, 9180 …)
 * and H2DefaultIT's, so it runs beside them. Skipped without PostgreSQL or HAProxy, unless {@code
 * CI=true}, where it fails.
 */
final class ClusterRun {

    static final ClusterPorts PORTS =
            new ClusterPorts(13080, 13180, List.of(4000, 4100), List.of(13280, 13380), List.of(7820, 7830));

    private static final String DATABASE = "zugong_cluster_it";
    private static final String KEYCLOAK_DATABASE = "zugong_cluster_kc_it";

    private ClusterRun() {}

    static Cluster start() throws Exception {
        try {
            Postgres.recreate(DATABASE);
            Postgres.recreate(KEYCLOAK_DATABASE);
        } catch (Exception noPostgres) {
            if (FullStack.ci()) {
                throw new IllegalStateException("PostgreSQL is required on CI", noPostgres);
            }
            Assumptions.abort("PostgreSQL not reachable: " + noPostgres.getMessage());
        }
        if (!Files.isExecutable(Path.of("/usr/sbin/haproxy")) && !FullStack.ci()) {
            Assumptions.abort("HAProxy not installed (apt-get install haproxy)");
        }
        Path data = FullStack.emptyDirectory(FullStack.moduleDir().resolve("target/it-cluster"));
        return Cluster.start(new ClusterSettings(
                FullStack.moduleDir(),
                Path.of(System.getProperty("zugong.keycloak.cluster.home")),
                PORTS,
                Map.ofEntries(
                        Map.entry("ZUGONG_DB_URL", Postgres.url(DATABASE)),
                        Map.entry("ZUGONG_DB_USER", Postgres.APP),
                        Map.entry("ZUGONG_DB_PASSWORD", Postgres.APP_PASSWORD),
                        Map.entry("ZUGONG_DB_OWNER_USER", Postgres.OWNER),
                        Map.entry("ZUGONG_DB_OWNER_PASSWORD", Postgres.OWNER_PASSWORD),
                        Map.entry("ZUGONG_DB_PLUGIN_USER", Postgres.PLUGIN),
                        Map.entry("ZUGONG_DB_PLUGIN_PASSWORD", Postgres.PLUGIN_PASSWORD),
                        Map.entry("ZUGONG_OIDC_SECRET", "zugong-demo-secret"),
                        Map.entry("ZUGONG_ADMIN_SECRET", "zugong-admin-demo-secret"),
                        Map.entry("ZUGONG_DEMO", "true")),
                new ClusterSettings.Database(Postgres.url(KEYCLOAK_DATABASE), Postgres.OWNER, Postgres.OWNER_PASSWORD),
                // plugin jobs are due a few seconds after a county enables them
                Map.of("zugong.jobs.tick-seconds", "5"),
                data,
                data.resolve("logs")));
    }
}
