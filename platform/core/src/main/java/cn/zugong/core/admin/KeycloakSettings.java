package cn.zugong.core.admin;

/**
 * Where the portal's service-account client is: the realm of the OIDC client ({@code
 * zugong.oidc.url}), the client {@code zugong.admin.client-id} (default {@code zugong-admin}) and its
 * secret {@code zugong.admin.secret}, passed by the launcher and the integration tests as system
 * properties, like the OIDC client's secret.
 */
record KeycloakSettings(String realmUrl, String clientId, String secret) {

    static KeycloakSettings fromSystem() {
        return new KeycloakSettings(
                System.getProperty("zugong.oidc.url", "http://localhost:8180/realms/zugong"),
                System.getProperty("zugong.admin.client-id", "zugong-admin"),
                System.getProperty("zugong.admin.secret", "zugong-admin-demo-secret"));
    }

    String tokenUrl() {
        return realmUrl + "/protocol/openid-connect/token";
    }

    /** {@code http://host/realms/zugong} → {@code http://host/admin/realms/zugong}. */
    String adminUrl() {
        int realms = realmUrl.lastIndexOf("/realms/");
        return realmUrl.substring(0, realms) + "/admin" + realmUrl.substring(realms);
    }
}
