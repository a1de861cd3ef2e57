package cn.zugong.core.plugin.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The plugins' database role ({@code zugong.db.plugin-role}) gets rights on a plugin's tables and
 * sequences, those its migrations created under its prefix, and on nothing else: not on its Flyway
 * history (the platform migrates, as the owner), not on any table of the platform. PostgreSQL
 * grants by name only, so after each migration the platform grants, as the owner, what the
 * prefix holds; granting again is harmless, so every start does it.
 */
final class PluginRoleGrants {

    static final String ROLE_PROPERTY = "zugong.db.plugin-role";

    private PluginRoleGrants() {}

    /** The plugins' role, when one is configured apart from the owner. */
    static String role(Connection owner) throws SQLException {
        String role = System.getProperty(ROLE_PROPERTY, "");
        if (role.isBlank() || role.equals(owner.getMetaData().getUserName())) {
            return "";
        }
        if (!role.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalStateException(ROLE_PROPERTY + " is not a plain role name: " + role);
        }
        return role;
    }

    static void grant(DataSource owner, String prefix, String history) {
        try (Connection connection = owner.getConnection()) {
            String role = role(connection);
            if (role.isEmpty()) {
                return;
            }
            for (String[] relation : relations(connection, prefix)) {
                if (relation[0].equals(history)) {
                    continue;
                }
                String rights = relation[1].equals("S")
                        ? "usage, select on sequence "
                        : "select, insert, update, delete on table ";
                try (Statement grant = connection.createStatement()) {
                    grant.execute("grant " + rights + quote(relation[0]) + " to " + role);
                }
            }
        } catch (SQLException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
    }

    /** The tables and sequences of the current schema whose names start with the prefix: name, kind. */
    private static List<String[]> relations(Connection connection, String prefix) throws SQLException {
        List<String[]> relations = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select c.relname, c.relkind from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " where n.nspname = current_schema() and c.relkind in ('r', 'p', 'S') and c.relname like ?")) {
            select.setString(1, prefix.replace("_", "\\_") + "%");
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    relations.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
        }
        return relations;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
