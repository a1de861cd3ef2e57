package cn.zugong.ui.security;

/** The same settings the server's OIDC client is configured with (see deployment/src/main/cli). */
final class OidcSettings {

    private OidcSettings() {}

    static String realmUrl() {
        return System.getProperty("zugong.oidc.url", "http://localhost:8180/realms/zugong");
    }

    static String clientId() {
        return System.getProperty("zugong.oidc.client-id", "zugong-portal");
    }
}
