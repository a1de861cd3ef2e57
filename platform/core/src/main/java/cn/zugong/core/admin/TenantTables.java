package cn.zugong.core.admin;

import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenantWallConnectionProvider;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One county's rows of the core tenant tables as CSV files (UTF-8, RFC 4180): the raw part of a
 * tenant export, so units, posts, selection records, the calendar and the audit chain leave the
 * platform as stored. Read through the portal's own data source bound to a read-only tenancy of
 * the county, so the database wall lets nothing else through; the audit tables are opened for the
 * county only (their policy is separate). The photos are left out: they travel in the .lrmx files.
 * The plugins' tables are copied the same way, whatever each plugin's own export hook writes, so the
 * archive holds every row a purge deletes.
 */
@ApplicationScoped
public class TenantTables {

    /** The tenant tables exported, in an order that keeps parents before children. */
    static final List<String> TABLES = List.of(
            "org_unit",
            "unit_position",
            "cadre",
            "post_holding",
            "family_member",
            "assessment",
            "reward_punishment",
            "cadre_status_change",
            "cadre_transfer",
            "selection_case",
            "selection_candidate",
            "selection_meeting",
            "selection_vote",
            "selection_objection",
            "selection_gate_result",
            "selection_exception",
            "selection_withdrawal",
            "selection_exchange",
            "ballot_session",
            "ballot_nominee",
            "ballot_code",
            "ballot_code_lookup",
            "ballot_cast",
            "ballot_paper_entry",
            "public_receipt",
            "calendar_day",
            "tenant_plugin",
            "plugin_grant",
            "plugin_rule_override",
            "plugin_notice",
            "plugin_notice_read",
            "plugin_publication",
            "statistics_submission",
            "audit_event");

    @Resource(lookup = TenantWallConnectionProvider.DATASOURCE)
    DataSource dataSource;

    /**
     * A CSV file by table name, with the county's rows only: the core tables, then {@code
     * pluginTables} (the plugins' tables, which carry {@code tenant_id} and the same wall).
     */
    public Map<String, Csv> read(Tenancy tenancy, String code, List<String> pluginTables) {
        Map<String, Csv> files = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase()
                        .contains("postgres")) {
                    TenantWallConnectionProvider.bind(connection, tenancy);
                    try (PreparedStatement open = connection.prepareStatement("select zugong_open_audit(?)")) {
                        open.setString(1, code);
                        open.execute();
                    }
                }
                for (String table : TABLES) {
                    files.put(table, table(connection, table, code));
                }
                for (String table : pluginTables) {
                    files.put(table, table(connection, table, code));
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Export of tenant " + code + " failed: " + e.getMessage(), e);
        }
        return files;
    }

    /**
     * A table's CSV file.
     *
     * @param bytes the file
     * @param rows its rows, header not counted
     */
    public record Csv(byte[] bytes, int rows) {}

    private static Csv table(Connection connection, String table, String code) throws SQLException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int count = 0;
        try (PreparedStatement statement =
                        connection.prepareStatement("select * from " + table + " where tenant_id = ? order by 1, 2");
                Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            statement.setString(1, code);
            try (ResultSet rows = statement.executeQuery()) {
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
                    count++;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Csv(bytes.toByteArray(), count);
    }

    static void line(Writer out, List<String> values) throws IOException {
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
