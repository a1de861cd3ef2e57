package cn.zugong.testkit;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * How to start a {@link PortalStack}.
 *
 * @param wildflyHome the configured WildFly built by the {@code deployment} module
 * @param serverBaseDir the server's base directory (its configuration, data and logs)
 * @param portOffset added to every WildFly port (8080 and 9990 by default)
 * @param keycloak the Keycloak server to start, or empty when an external one is used
 * @param oidcUrl the realm URL the portal trusts
 * @param systemProperties passed to WildFly: database, OIDC client, plugins, demo data
 * @param logDirectory where the servers' output goes
 */
public record StackSettings(
        Path wildflyHome,
        Path serverBaseDir,
        int portOffset,
        Optional<ManagedKeycloak> keycloak,
        String oidcUrl,
        Map<String, String> systemProperties,
        Path logDirectory) {

    /**
     * A Keycloak server started from the distribution, importing the realm in its {@code data/import}.
     *
     * @param database the folder of its H2 database; the same database kind for the run command and
     *     the tests, so switching between them never rebuilds Keycloak
     */
    public record ManagedKeycloak(Path home, int port, Path database) {}

    public StackSettings {
        systemProperties = Map.copyOf(systemProperties);
    }

    public String portalUrl() {
        return "http://localhost:" + (8080 + portOffset) + "/";
    }
}
