package cn.zugong.core.plugin.data;

import cn.zugong.api.plugin.PluginEntities;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables of every plugin the platform has a record of (running, disabled or uninstalled with its
 * tables kept): what a county's export copies and its purge empties of the county's rows. Ordered
 * parents before children by the plugins' own foreign keys, so a purge deletes in the reverse order
 * without a constraint in its way. Read as the owner, from the catalogue only (no row is read).
 */
@ApplicationScoped
public class PluginTenantTables {

    @Inject
    PluginDatabase database;

    /** Every plugin table, parents before children. */
    public List<String> tables() {
        try (Connection connection = database.owner().getConnection()) {
            List<String> tables = new ArrayList<>();
            for (String pluginId : pluginIds(connection)) {
                tables.addAll(database.tables(pluginId));
            }
            return parentsFirst(tables, references(connection, tables));
        } catch (SQLException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
    }

    /** The plugin a table belongs to, by its prefix; empty when none of {@code pluginIds} has it. */
    public static String pluginOf(String table, Collection<String> pluginIds) {
        return pluginIds.stream()
                .filter(id -> table.startsWith(PluginEntities.tablePrefix(id)))
                .max((a, b) -> Integer.compare(a.length(), b.length()))
                .orElse("");
    }

    /** The ids of the plugins with a record. */
    public List<String> pluginIds() {
        try (Connection connection = database.owner().getConnection()) {
            return pluginIds(connection);
        } catch (SQLException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
    }

    private static List<String> pluginIds(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select plugin_id from platform_plugin order by plugin_id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** Table to the tables among {@code tables} its foreign keys refer to. */
    private static Map<String, Set<String>> references(Connection connection, List<String> tables) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        Map<String, Set<String>> references = new LinkedHashMap<>();
        for (String table : tables) {
            Set<String> parents = new TreeSet<>();
            for (String name : new String[] {table, table.toUpperCase(Locale.ROOT)}) {
                try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), name)) {
                    while (keys.next()) {
                        String parent = keys.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                        if (!parent.equals(table) && tables.contains(parent)) {
                            parents.add(parent);
                        }
                    }
                }
            }
            references.put(table, parents);
        }
        return references;
    }

    /** A topological order; a cycle (which no plugin should make) keeps the rest in name order. */
    static List<String> parentsFirst(List<String> tables, Map<String, Set<String>> references) {
        Set<String> ordered = new LinkedHashSet<>();
        List<String> left = new ArrayList<>(new TreeSet<>(tables));
        while (!left.isEmpty()) {
            List<String> ready = left.stream()
                    .filter(t -> ordered.containsAll(references.getOrDefault(t, Set.of())))
                    .toList();
            List<String> next = ready.isEmpty() ? List.of(left.getFirst()) : ready;
            ordered.addAll(next);
            left.removeAll(next);
        }
        return List.copyOf(ordered);
    }
}
