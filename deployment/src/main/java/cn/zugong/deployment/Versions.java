package cn.zugong.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of the servers this build unpacks, as the POM gives them (filtered into cli.properties). */
final class Versions {

    static final String WILDFLY;
    static final String KEYCLOAK;

    static {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getClassLoader().getResourceAsStream("cli.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WILDFLY = properties.getProperty("wildfly.version");
        KEYCLOAK = properties.getProperty("keycloak.version");
    }

    private Versions() {}
}
