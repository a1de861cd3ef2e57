package cn.zugong.deployment.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One Keycloak node of the cluster: the copy built for PostgreSQL ({@code kc.sh build --db=postgres},
 * see the deployment POM), started optimized on the database all nodes share. The nodes find each
 * other through that database (Keycloak's default cache stack {@code jdbc-ping}) and keep user
 * sessions there (persistent sessions), so a login made on one node is valid on the other and
 * survives its node. Their public address is HAProxy's ({@code --hostname}): tokens name the balancer
 * as issuer whichever node issued them.
 */
final class KeycloakNode {

    private final String name;
    private final int port;
    private final ChildProcess process;

    private KeycloakNode(String name, int port, ChildProcess process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    static KeycloakNode start(ClusterSettings settings, int node, boolean importRealm) throws IOException {
        ClusterPorts ports = settings.ports();
        int port = ports.keycloakNode(node);
        String name = "keycloak-" + ClusterPorts.name(node);
        List<String> command = new ArrayList<>(List.of(
                settings.keycloakHome().resolve("bin/kc.sh").toString(),
                "start",
                "--optimized",
                "--http-enabled=true",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + (port + 1),
                "--hostname=http://localhost:" + ports.keycloak(),
                "--proxy-headers=xforwarded",
                "--db-url=" + settings.keycloakDatabase().url(),
                "--db-username=" + settings.keycloakDatabase().user(),
                "--cache-embedded-network-bind-address=127.0.0.1",
                "--cache-embedded-network-bind-port="
                        + ports.keycloakTransport().get(node)));
        if (importRealm) {
            command.add("--import-realm");
        }
        Path log = settings.logDirectory().resolve(name + ".log");
        return new KeycloakNode(
                name,
                port,
                ChildProcess.start(
                        name,
                        command,
                        Map.of(
                                // in the environment, not on the command line that ps shows
                                "KC_DB_PASSWORD",
                                settings.keycloakDatabase().password(),
                                "JAVA_OPTS_APPEND",
                                ClusterSettings.QUICK_START,
                                // two of them beside two portal nodes: not 70 % of the machine's memory each
                                "JAVA_OPTS_KC_HEAP",
                                "-Xms64m -Xmx768m"),
                        log));
    }

    /** Waits until this node serves the realm (its own port, not the balancer's). */
    void awaitReady(Duration timeout) throws IOException, InterruptedException {
        process.awaitOk("http://localhost:" + port + "/realms/zugong/.well-known/openid-configuration", timeout);
    }

    String name() {
        return name;
    }

    void stop() {
        process.stop();
    }
}
