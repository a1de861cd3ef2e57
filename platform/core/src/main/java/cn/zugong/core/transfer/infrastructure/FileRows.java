package cn.zugong.core.transfer.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A cadre's file as stored: the cadre's row and the rows of every part of the file, each row as its
 * columns and values, read and written with plain JDBC so that every column travels (the ones added
 * by later migrations too) without a mapping of each. Read bound to the sending county, written
 * bound to the receiving one.
 */
public final class FileRows {

    /** The cadre's own table. */
    public static final String CADRE = "cadre";

    /**
     * The parts of a file: every table whose rows reference the cadre and are deleted with it (a
     * test compares this list with the schema's cascading foreign keys). The selection tables are
     * the county's own proceedings, not the cadre's file, and stay.
     */
    public static final List<String> PARTS = List.of(
            "post_holding", "family_member", "assessment", "reward_punishment", "cadre_status_change", "cadre_photo");

    private final Map<String, List<Map<String, Object>>> tables;

    private FileRows(Map<String, List<Map<String, Object>>> tables) {
        this.tables = tables;
    }

    /** Reads the file of a cadre of {@code tenant}; empty cadre rows when there is none. */
    public static FileRows read(Connection connection, String tenant, UUID cadreId) throws SQLException {
        Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();
        tables.put(CADRE, rows(connection, "select * from cadre where tenant_id = ? and id = ?", tenant, cadreId));
        for (String part : PARTS) {
            tables.put(
                    part,
                    rows(
                            connection,
                            "select * from " + part + " where tenant_id = ? and cadre_id = ?",
                            tenant,
                            cadreId));
        }
        return new FileRows(tables);
    }

    public boolean found() {
        return !tables.get(CADRE).isEmpty();
    }

    /** The rows of one table, as read. */
    public List<Map<String, Object>> rows(String table) {
        return tables.get(table);
    }

    /**
     * Writes the file into {@code tenant} under {@code newId}: the cadre's row with the changes in
     * {@code cadreChanges}, each part's rows with new ids; in part rows, the columns of {@code
     * partChanges} (by table) replaced.
     *
     * @return the number of rows written, by table
     */
    public Map<String, Integer> write(
            Connection connection,
            String tenant,
            UUID newId,
            Map<String, Object> cadreChanges,
            Map<String, Map<String, Object>> partChanges)
            throws SQLException {
        Map<String, Integer> written = new LinkedHashMap<>();
        for (Map.Entry<String, List<Map<String, Object>>> table : tables.entrySet()) {
            int count = 0;
            for (Map<String, Object> row : table.getValue()) {
                Map<String, Object> copy = new LinkedHashMap<>(row);
                copy.put("tenant_id", tenant);
                if (table.getKey().equals(CADRE)) {
                    copy.put("id", newId);
                    copy.putAll(cadreChanges);
                } else {
                    copy.put("cadre_id", newId);
                    if (copy.containsKey("id")) {
                        copy.put("id", UUID.randomUUID());
                    }
                    copy.putAll(partChanges.getOrDefault(table.getKey(), Map.of()));
                }
                insert(connection, table.getKey(), copy);
                count++;
            }
            written.put(table.getKey(), count);
        }
        return written;
    }

    private static List<Map<String, Object>> rows(Connection connection, String sql, String tenant, UUID id)
            throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, tenant);
            select.setObject(2, id);
            try (ResultSet result = select.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(), result.getObject(c));
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void insert(Connection connection, String table, Map<String, Object> row) throws SQLException {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
        try (PreparedStatement insert =
                connection.prepareStatement("insert into " + table + " (" + columns + ") values (" + marks + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        }
    }
}
