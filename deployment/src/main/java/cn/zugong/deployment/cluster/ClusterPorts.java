package cn.zugong.deployment.cluster;

import java.util.List;

/**
 * The ports of a local cluster.
 *
 * @param portal HAProxy's front for the portal (what users open)
 * @param keycloak HAProxy's front for Keycloak (the OIDC provider URL names it)
 * @param nodeOffsets each portal node's WildFly port offset (HTTP 8080 + offset, management 9990 + offset)
 * @param keycloakNodes each Keycloak node's HTTP port (its management port is the next one)
 * @param keycloakTransport each Keycloak node's cluster transport port (JGroups; failure detection at + 50000)
 */
public record ClusterPorts(
        int portal,
        int keycloak,
        List<Integer> nodeOffsets,
        List<Integer> keycloakNodes,
        List<Integer> keycloakTransport) {

    /** The run command's cluster: the same two addresses as the single-node run (8080, 8180). */
    public static final ClusterPorts RUN =
            new ClusterPorts(8080, 8180, List.of(10, 20), List.of(8280, 8380), List.of(7800, 7810));

    public ClusterPorts {
        if (nodeOffsets.size() != keycloakNodes.size() || nodeOffsets.size() != keycloakTransport.size()) {
            throw new IllegalArgumentException("As many portal as Keycloak nodes");
        }
        nodeOffsets = List.copyOf(nodeOffsets);
        keycloakNodes = List.copyOf(keycloakNodes);
        keycloakTransport = List.copyOf(keycloakTransport);
    }

    public int nodes() {
        return nodeOffsets.size();
    }

    public int nodeHttp(int node) {
        return 8080 + nodeOffsets.get(node);
    }

    public int nodeManagement(int node) {
        return 9990 + nodeOffsets.get(node);
    }

    public int keycloakNode(int node) {
        return keycloakNodes.get(node);
    }

    public String portalUrl() {
        return "http://localhost:" + portal + "/";
    }

    public String realmUrl() {
        return "http://localhost:" + keycloak + "/realms/zugong";
    }

    /** The name of a node in HAProxy's cookie and in the logs: a, b, … */
    public static String name(int node) {
        return String.valueOf((char) ('a' + node));
    }
}
