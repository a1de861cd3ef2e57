package cn.zugong.core.transfer.infrastructure;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The statements a transfer runs in one county, bound to it ({@link WallPhase}): finding the cadre a
 * proposal names, and marking the sending county's record transferred out.
 */
public final class CountySide {

    private CountySide() {}

    /**
     * The cadre a proposal names: what the proposal shows of it.
     *
     * @param id the cadre's id in the county
     * @param name its name as stored
     * @param currentPost its post, or null
     * @param status its status code
     */
    public record Named(UUID id, String name, String currentPost, String status) {}

    /** The county's cadre of that identity number, if any. */
    public static Optional<Named> byIdNumber(Connection connection, String tenant, String idNumber)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, name, current_post, status from cadre where tenant_id = ? and id_number = ?")) {
            select.setString(1, tenant);
            select.setString(2, idNumber.strip().toUpperCase(Locale.ROOT));
            try (ResultSet row = select.executeQuery()) {
                return row.next()
                        ? Optional.of(new Named(
                                row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4)))
                        : Optional.empty();
            }
        }
    }

    /** The identity number of a cadre of the county, or null. */
    public static String idNumberOf(Connection connection, String tenant, UUID cadreId) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("select id_number from cadre where tenant_id = ? and id = ?")) {
            select.setString(1, tenant);
            select.setObject(2, cadreId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }

    /** Ends the cadre's open post holdings on the day (or on their start, if later). */
    public static int endOpenHoldings(Connection connection, String tenant, UUID cadreId, LocalDate on)
            throws SQLException {
        try (PreparedStatement update =
                connection.prepareStatement("update post_holding set end_date = greatest(start_date, ?)"
                        + " where tenant_id = ? and cadre_id = ? and end_date is null")) {
            update.setDate(1, Date.valueOf(on));
            update.setString(2, tenant);
            update.setObject(3, cadreId);
            return update.executeUpdate();
        }
    }

    /** Marks the record transferred out on the day, with a dated status change carrying the note. */
    public static void markTransferredOut(Connection connection, String tenant, UUID cadreId, LocalDate on, String note)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update cadre set status = 'TRANSFERRED_OUT', status_since = ?, version = version + 1"
                        + " where tenant_id = ? and id = ?")) {
            update.setDate(1, Date.valueOf(on));
            update.setString(2, tenant);
            update.setObject(3, cadreId);
            if (update.executeUpdate() != 1) {
                throw new SQLException("Cadre " + cadreId + " of " + tenant + " not updated");
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into cadre_status_change (tenant_id, id, cadre_id, status, effective_date, note)"
                        + " values (?, ?, ?, 'TRANSFERRED_OUT', ?, ?)")) {
            insert.setString(1, tenant);
            insert.setObject(2, UUID.randomUUID());
            insert.setObject(3, cadreId);
            insert.setDate(4, Date.valueOf(on));
            insert.setString(5, note);
            insert.executeUpdate();
        }
    }
}
