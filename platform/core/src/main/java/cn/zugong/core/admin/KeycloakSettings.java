package cn.zugong.core.admin;

/**
 * Where the portal's service-account client is: the realm of the OIDC client ({@code
 * zugong.oidc.url}), the client and its secret. The server configuration resolves the expressions
 * {@code ${zugong.admin.client-id:zugong-admin}} and {@code ${zugong.admin.secret:…}} into the
 * system properties {@code zugong.admin.resolved-client-id} and {@code
 * zugong.admin.resolved-secret} (deployment's configure.cli), as it does for the OIDC client's
 * secret; outside that server the plain properties count.
 */
record KeycloakSettings(String realmUrl, String clientId, String secret) {

    static KeycloakSettings fromSystem() {
        return new KeycloakSettings(
                System.getProperty("zugong.oidc.url", "http://localhost:8180/realms/zugong"),
                property("zugong.admin.resolved-client-id", "zugong.admin.client-id", "zugong-admin"),
                property("zugong.admin.resolved-secret", "zugong.admin.secret", "zugong-admin-demo-secret"));
    }

    private static String property(String resolved, String plain, String fallback) {
        String value = System.getProperty(resolved);
        return value == null || value.isBlank() ? System.getProperty(plain, fallback) : value;
    }

    String tokenUrl() {
        return realmUrl + "/protocol/openid-connect/token";
    }

    /** {@code http://host/realms/zugong} → {@code http://host}. */
    String serverUrl() {
        return realmUrl.substring(0, realmUrl.lastIndexOf("/realms/"));
    }

    /** {@code http://host/realms/zugong} → {@code zugong}. */
    String realmName() {
        return realmUrl.substring(realmUrl.lastIndexOf("/realms/") + "/realms/".length());
    }

    /** {@code http://host/realms/zugong} → {@code http://host/admin/realms/zugong}. */
    String adminUrl() {
        int realms = realmUrl.lastIndexOf("/realms/");
        return realmUrl.substring(0, realms) + "/admin" + realmUrl.substring(realms);
    }
}
