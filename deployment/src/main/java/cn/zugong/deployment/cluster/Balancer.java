package cn.zugong.deployment.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * HAProxy (Debian's package) in front of the portal nodes and the Keycloak nodes. The portal is
 * sticky on HAProxy's own cookie ({@value #PORTAL_COOKIE}: Vaadin keeps a tab's UI in its node's
 * session) and each node is checked on its readiness endpoint ({@code /health/ready} of its
 * management interface), so a dead or unready node gets no request and a user whose node died is
 * sent to another ({@code option redispatch}). Keycloak is sticky too (a login's steps stay on one
 * node) and checked on its own {@code /health/ready}.
 */
final class Balancer {

    /** HAProxy's cookie naming the portal node that holds the user's session. */
    static final String PORTAL_COOKIE = "ZUGONG_NODE";

    static final String KEYCLOAK_COOKIE = "ZUGONG_KC_NODE";

    private Balancer() {}

    /** The haproxy executable, or a message saying how to install it. */
    static Path executable() throws IOException {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/usr/local/sbin";
        for (String dir : path.split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "haproxy"))) {
                return Path.of(dir, "haproxy");
            }
        }
        throw new IOException("HAProxy is not installed: apt-get install haproxy (Debian's package)");
    }

    static ChildProcess start(ClusterPorts ports, Path dir) throws IOException {
        Path config = dir.resolve("haproxy.cfg");
        Files.createDirectories(dir);
        Files.writeString(config, config(ports));
        ChildProcess haproxy = ChildProcess.start(
                "HAProxy",
                List.of(executable().toString(), "-db", "-f", config.toString()),
                Map.of(),
                dir.resolve("haproxy.log"));
        return haproxy;
    }

    static String config(ClusterPorts ports) {
        StringBuilder cfg = new StringBuilder()
                .append("# Written by the cluster launcher at each start.\n")
                .append("global\n")
                .append("    log stdout format raw local0 info\n")
                .append("defaults\n")
                .append("    mode http\n")
                .append("    log global\n")
                .append("    option httplog\n")
                .append("    option redispatch\n")
                .append("    retries 2\n")
                .append("    timeout connect 2s\n")
                .append("    timeout client 120s\n")
                // imports of large files take a while on the server
                .append("    timeout server 300s\n")
                .append("    timeout http-request 30s\n")
                .append("    default-server inter 1s fall 2 rise 1\n\n")
                .append("frontend portal\n")
                .append("    bind 127.0.0.1:")
                .append(ports.portal())
                .append('\n')
                .append("    option forwardfor\n")
                // A client asking to upgrade to cleartext HTTP/2 (Java's HttpClient does) would turn its
                // connection into a tunnel to one node, and every request it multiplexes over it would
                // skip the balancing: it stays on HTTP/1.1, balanced per request. WebSocket is untouched.
                .append("    http-request del-header Upgrade if { req.hdr(Upgrade) -i h2c }\n")
                .append("    http-request del-header HTTP2-Settings\n")
                .append("    default_backend portal_nodes\n\n")
                .append("backend portal_nodes\n")
                .append("    balance roundrobin\n")
                .append("    cookie ")
                .append(PORTAL_COOKIE)
                .append(" insert indirect nocache httponly\n")
                .append("    option httpchk GET /health/ready\n")
                .append("    http-check expect status 200\n");
        for (int node = 0; node < ports.nodes(); node++) {
            String name = ClusterPorts.name(node);
            cfg.append("    server ")
                    .append(name)
                    .append(" 127.0.0.1:")
                    .append(ports.nodeHttp(node))
                    .append(" check port ")
                    .append(ports.nodeManagement(node))
                    .append(" cookie ")
                    .append(name)
                    .append('\n');
        }
        cfg.append("\nfrontend keycloak\n")
                .append("    bind 127.0.0.1:")
                .append(ports.keycloak())
                .append('\n')
                .append("    option forwardfor\n")
                .append("    http-request set-header X-Forwarded-Proto http\n")
                .append("    default_backend keycloak_nodes\n\n")
                .append("backend keycloak_nodes\n")
                .append("    balance roundrobin\n")
                .append("    cookie ")
                .append(KEYCLOAK_COOKIE)
                .append(" insert indirect nocache httponly\n")
                .append("    option httpchk GET /health/ready\n")
                .append("    http-check expect status 200\n");
        for (int node = 0; node < ports.nodes(); node++) {
            String name = ClusterPorts.name(node);
            cfg.append("    server ")
                    .append(name)
                    .append(" 127.0.0.1:")
                    .append(ports.keycloakNode(node))
                    .append(" check port ")
                    .append(ports.keycloakNode(node) + 1)
                    .append(" cookie ")
                    .append(name)
                    .append('\n');
        }
        return cfg.toString();
    }
}
