package cn.zugong.deployment.cluster;

import java.nio.file.Path;
import java.util.Map;

/**
 * How to start a local cluster.
 *
 * @param deployment the deployment module (its {@code target} holds the built servers and plugins)
 * @param keycloakHome the Keycloak copy built for PostgreSQL
 * @param ports the balancer's and the nodes' ports
 * @param portalEnvironment the run command's variables for every portal node (README, "Configuration"):
 *     the PostgreSQL database and roles, the OIDC client; each node gets its own plugins directory
 * @param keycloakDatabase the PostgreSQL database the Keycloak nodes share
 * @param extraProperties more system properties for every portal node (the tests' shorter job tick)
 * @param dataDirectory each node's server base directory and plugins cache, and HAProxy's configuration
 * @param logDirectory every process's output
 */
public record ClusterSettings(
        Path deployment,
        Path keycloakHome,
        ClusterPorts ports,
        Map<String, String> portalEnvironment,
        Database keycloakDatabase,
        Map<String, String> extraProperties,
        Path dataDirectory,
        Path logDirectory) {

    /** A PostgreSQL database and the role that connects to it. */
    public record Database(String url, String user, String password) {}

    /** C1 only: on two cores the C2 compiler's start-up work costs more than it gains (as PortalStack). */
    static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    public ClusterSettings {
        portalEnvironment = Map.copyOf(portalEnvironment);
        extraProperties = Map.copyOf(extraProperties);
    }
}
