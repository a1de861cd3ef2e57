package cn.zugong.core.plugin.data;

import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenantWallConnectionProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * Hands a plugin's entity manager connections of the plugins' data source, which logs in as the
 * plugins' database role: rights on the plugins' tables only, and no {@code zugong_enter}. On
 * PostgreSQL each transaction is bound to the request's tenancy through {@code
 * zugong_enter_plugin}, with a ticket that only the platform computes from the wall's secret
 * (read as the owner, never by the plugins' role): a plugin's own {@code set_config} is not
 * honoured by the policies (migration V13_1).
 */
final class PluginWallConnectionProvider extends TenantWallConnectionProvider {

    static final String DATASOURCE = "java:jboss/datasources/ZugongPluginDS";

    private final String secret;

    /** @param secret the wall's secret ({@code zugong_wall_key}); unused on H2 */
    PluginWallConnectionProvider(String secret) {
        super(DATASOURCE);
        this.secret = secret;
    }

    @Override
    protected void enter(Connection connection, Tenancy tenancy) throws SQLException {
        String tenant = writableCode(tenancy);
        String reads = tenancy.readableCsv();
        try (PreparedStatement statement = connection.prepareStatement("select zugong_enter_plugin(?, ?, ?)")) {
            statement.setString(1, tenant);
            statement.setString(2, reads);
            statement.setString(3, ticket(secret, tenant, reads));
            statement.execute();
        }
    }

    /** What {@code zugong_enter_plugin} accepts for this tenancy: SHA-256 of the secret and the tenancy. */
    static String ticket(String secret, String tenant, String reads) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((secret + "|plugin|" + tenant + "|" + reads).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
