package cn.zugong.deployment.cluster;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A running local cluster: HAProxy, the portal nodes and the Keycloak nodes. The first Keycloak node
 * imports the realm and the first portal node migrates the database and seeds the demo before the
 * second of each starts (the demo seeding checks what exists, it takes no lock: two nodes seeding
 * at once could both insert). Stopped together, portal nodes first.
 */
public final class Cluster implements AutoCloseable {

    private static final Duration KEYCLOAK_START = Duration.ofMinutes(4);

    private final ClusterSettings settings;
    private final List<PortalNode> portal = new ArrayList<>();
    private final List<KeycloakNode> keycloak = new ArrayList<>();
    private ChildProcess balancer;

    private Cluster(ClusterSettings settings) {
        this.settings = settings;
    }

    /** Fails with what to install when a tool the cluster needs is missing (HAProxy). */
    public static void checkTools() throws IOException {
        Balancer.executable();
    }

    public static Cluster start(ClusterSettings settings) throws IOException, InterruptedException {
        Cluster cluster = new Cluster(settings);
        try {
            cluster.balancer =
                    Balancer.start(settings.ports(), settings.dataDirectory().resolve("haproxy"));
            for (int node = 0; node < settings.ports().nodes(); node++) {
                // Keycloak boots while the portal node does; the node asks it only at the first login.
                KeycloakNode idp = KeycloakNode.start(settings, node, node == 0);
                cluster.keycloak.add(idp);
                cluster.portal.add(PortalNode.start(settings, node));
                idp.awaitReady(KEYCLOAK_START);
            }
            cluster.awaitBalanced();
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    /** Returns once every node is ready and the balancer answers for the portal and for Keycloak. */
    private void awaitBalanced() throws IOException, InterruptedException {
        ClusterPorts ports = settings.ports();
        Duration timeout = Duration.ofMinutes(1);
        for (int node = 0; node < ports.nodes(); node++) {
            ChildProcess.awaitOk(
                    "portal " + ClusterPorts.name(node) + " readiness",
                    "http://localhost:" + ports.nodeManagement(node) + "/health/ready",
                    timeout,
                    null);
            ChildProcess.awaitOk(
                    "Keycloak " + ClusterPorts.name(node) + " readiness",
                    "http://localhost:" + (ports.keycloakNode(node) + 1) + "/health/ready",
                    timeout,
                    null);
        }
        ChildProcess.awaitOk(
                "HAProxy (Keycloak)", ports.realmUrl() + "/.well-known/openid-configuration", timeout, balancer);
        // the portal sends a stranger to the login page
        ChildProcess.awaitStatus("HAProxy (portal)", ports.portalUrl(), 302, timeout, balancer);
    }

    public ClusterSettings settings() {
        return settings;
    }

    public ClusterPorts ports() {
        return settings.ports();
    }

    /** The node's own address, bypassing the balancer. */
    public String nodeUrl(int node) {
        return "http://localhost:" + settings.ports().nodeHttp(node) + "/";
    }

    /** The node's plugins directory (its cache of the jars kept in the database). */
    public Path nodePlugins(int node) {
        return portal.get(node).plugins();
    }

    /** Kills a portal node at once, as a crash would. */
    public void killNode(int node) {
        portal.get(node).kill();
    }

    /** Stops a Keycloak node. */
    public void stopKeycloak(int node) {
        keycloak.get(node).stop();
    }

    public String describe() {
        ClusterPorts ports = settings.ports();
        StringBuilder text = new StringBuilder();
        for (int node = 0; node < ports.nodes(); node++) {
            text.append(String.format(
                    "    portal %s     %s (management :%d)%n",
                    ClusterPorts.name(node), nodeUrl(node), ports.nodeManagement(node)));
        }
        for (int node = 0; node < ports.nodes(); node++) {
            text.append(String.format(
                    "    keycloak %s   http://localhost:%d/ (management :%d)%n",
                    ClusterPorts.name(node), ports.keycloakNode(node), ports.keycloakNode(node) + 1));
        }
        return text.toString();
    }

    /** Stops the portal nodes, then Keycloak's, then HAProxy. */
    @Override
    public void close() {
        for (int i = portal.size() - 1; i >= 0; i--) {
            portal.get(i).stop();
        }
        portal.clear();
        for (int i = keycloak.size() - 1; i >= 0; i--) {
            keycloak.get(i).stop();
        }
        keycloak.clear();
        if (balancer != null) {
            balancer.stop();
            balancer = null;
        }
    }
}
