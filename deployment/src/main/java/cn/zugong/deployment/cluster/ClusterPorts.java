package cn.zugong.deployment.cluster;

/**
 * The ports of a local cluster.
 *
 * @param portal HAProxy's front for the portal (what users open)
 * @param keycloak HAProxy's front for Keycloak (the OIDC provider URL names it)
 * @param nodeOffsets each portal node's WildFly port offset (HTTP 8080 + offset, management 9990 + offset)
 * @param keycloakNodes each Keycloak node's HTTP port (its management port is the next one)
 * @param keycloakTransport each Keycloak node's cluster transport port (JGroups; failure detection at + 50000)
 */
public record ClusterPorts(int portal, int keycloak, int[] nodeOffsets, int[] keycloakNodes, int[] keycloakTransport) {

    /** The run command's cluster: the same two addresses as the single-node run (8080, 8180). */
    public static final ClusterPorts RUN =
            new ClusterPorts(8080, 8180, new int[] {10, 20}, new int[] {8280, 8380}, new int[] {7800, 7810});

    public ClusterPorts {
        if (nodeOffsets.length != keycloakNodes.length || nodeOffsets.length != keycloakTransport.length) {
            throw new IllegalArgumentException("As many portal as Keycloak nodes");
        }
        nodeOffsets = nodeOffsets.clone();
        keycloakNodes = keycloakNodes.clone();
        keycloakTransport = keycloakTransport.clone();
    }

    public int nodes() {
        return nodeOffsets.length;
    }

    public int nodeHttp(int node) {
        return 8080 + nodeOffsets[node];
    }

    public int nodeManagement(int node) {
        return 9990 + nodeOffsets[node];
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
