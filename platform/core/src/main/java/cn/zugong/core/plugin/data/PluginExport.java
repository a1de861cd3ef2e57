package cn.zugong.core.plugin.data;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Every row of a plugin's tables, of all counties, as one CSV file per table in a zip: what the
 * platform-sysadmin keeps before purging an uninstalled plugin's data.
 */
@ApplicationScoped
public class PluginExport {

    @Inject
    PluginDatabase database;

    public byte[] export(String pluginId) {
        List<String> tables = database.tables(pluginId);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Connection connection = database.owner().getConnection();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                seeEveryTenant(connection);
                for (String table : tables) {
                    zip.putNextEntry(new ZipEntry(table + ".csv"));
                    Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                    writeTable(connection, table, out);
                    out.flush();
                    zip.closeEntry();
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException | IOException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
        return bytes.toByteArray();
    }

    /** The plugin's tables and their rows over every county: what an uninstall left. */
    public KeptData kept(String pluginId) {
        List<String> tables = database.tables(pluginId);
        long rows = 0;
        try (Connection connection = database.owner().getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                seeEveryTenant(connection);
                for (String table : tables) {
                    try (ResultSet count = statement.executeQuery("select count(*) from " + table)) {
                        count.next();
                        rows += count.getLong(1);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new PluginDataException("plugin.failed.database", e.getMessage(), e);
        }
        return new KeptData(tables.size(), rows);
    }

    /** On PostgreSQL, lets this transaction read every tenant's rows behind the wall. */
    private static void seeEveryTenant(Connection connection) throws SQLException {
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("select zugong_enter('', (select string_agg(code, ',') from tenant))");
        }
    }

    private static void writeTable(Connection connection, String table, Writer out) throws SQLException, IOException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select * from " + table)) {
            ResultSetMetaData meta = rows.getMetaData();
            List<String> header = new ArrayList<>();
            for (int c = 1; c <= meta.getColumnCount(); c++) {
                header.add(meta.getColumnLabel(c).toLowerCase());
            }
            line(out, header);
            while (rows.next()) {
                List<String> values = new ArrayList<>();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    Object value = rows.getObject(c);
                    values.add(value == null ? "" : value.toString());
                }
                line(out, values);
            }
        }
    }

    private static void line(Writer out, List<String> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String v = values.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                out.write('"' + v.replace("\"", "\"\"") + '"');
            } else {
                out.write(v);
            }
        }
        out.write("\r\n");
    }
}
