package cn.zugong.core.plugin.data;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After each of a plugin's migrations, inside its transaction: every new table must start with the
 * plugin's prefix and have a {@code tenant_id} column. Otherwise the migration fails, and on
 * PostgreSQL (transactional DDL) nothing of it stays.
 */
final class PrefixCheck implements Callback {

    private final String prefix;
    private final String history;
    private final Set<String> before;

    PrefixCheck(String prefix, String history, Set<String> before) {
        this.prefix = prefix;
        this.history = history;
        this.before = Set.copyOf(before);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            Connection connection = context.getConnection();
            for (String table : tables(connection)) {
                if (table.equals(history) || !table.startsWith(prefix)) {
                    continue;
                }
                if (!hasTenantColumn(connection, table)) {
                    throw new IllegalStateException("table " + table + " has no tenant_id column");
                }
            }
            Set<String> foreign = tables(connection);
            foreign.removeIf(t -> t.startsWith(prefix));
            foreign.removeAll(before);
            if (!foreign.isEmpty()) {
                throw new IllegalStateException("tables outside the prefix " + prefix + ": " + foreign);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String getCallbackName() {
        return "zugong-plugin-prefix-check";
    }

    /** The tables of the current schema, lower case. */
    static Set<String> tables(Connection connection) throws SQLException {
        Set<String> tables = new HashSet<>();
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet rows =
                meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return tables;
    }

    private static boolean hasTenantColumn(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
            try (ResultSet rows = meta.getColumns(connection.getCatalog(), connection.getSchema(), name, "%")) {
                while (rows.next()) {
                    if (rows.getString("COLUMN_NAME").equalsIgnoreCase("tenant_id")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
