package cn.zugong.deployment.it;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A county's training rows written straight into the training plugin's tables, as the portal's
 * database role bound to the county (the wall lets it write there only): a credited course of one
 * cadre, the set-up of tests about the county's data as a whole (export, purge) rather than about
 * the training pages, which TrainingIT drives.
 */
final class TrainingRows {

    static final List<String> TABLES = List.of("training_record", "training_enrollment", "training_course");

    private TrainingRows() {}

    /** A course named {@code course}, the cadre enrolled and credited 12 hours; the course's id. */
    static UUID credited(String county, UUID cadre, String course) throws SQLException {
        UUID courseId = UUID.randomUUID();
        UUID enrollment = UUID.randomUUID();
        Timestamp now = Timestamp.from(Instant.now());
        LocalDate day = LocalDate.of(2026, 3, 2);
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, county, county);
            execute(
                    db,
                    "insert into training_course (id, tenant_id, name, organizer_kind, organizer, course_mode, category,"
                            + " start_date, end_date, days, hours, course_scope, created_at)"
                            + " values (?, ?, ?, 'PARTY_SCHOOL', '县委党校', 'CONCENTRATED', 'APPOINTMENT', ?, ?, 2, 12,"
                            + " 'COUNTY', ?)",
                    courseId,
                    county,
                    course,
                    day,
                    day.plusDays(1),
                    now);
            execute(
                    db,
                    "insert into training_enrollment (id, tenant_id, course_id, cadre_id, status, leave_hours,"
                            + " credited_hours, credited_days, enrolled_at, changed_at, credited_at)"
                            + " values (?, ?, ?, ?, 'CREDITED', 0, 12, 2, ?, ?, ?)",
                    enrollment,
                    county,
                    courseId,
                    cadre,
                    now,
                    now,
                    now);
            execute(
                    db,
                    "insert into training_record (id, tenant_id, cadre_id, source, course_id, enrollment_id,"
                            + " course_name, course_mode, online, completed_on, hours, days, recorded_at)"
                            + " values (?, ?, ?, 'COURSE', ?, ?, ?, 'CONCENTRATED', false, ?, 12, 2, ?)",
                    UUID.randomUUID(),
                    county,
                    cadre,
                    courseId,
                    enrollment,
                    course,
                    day.plusDays(1),
                    now);
            db.commit();
        }
        return courseId;
    }

    /** The county's rows in the training tables, all three together. */
    static int count(String county) throws SQLException {
        int rows = 0;
        try (Connection db = Postgres.asApp()) {
            db.setAutoCommit(false);
            Units.bind(db, county, county);
            for (String table : TABLES) {
                try (PreparedStatement select = db.prepareStatement("select count(*) from " + table);
                        ResultSet row = select.executeQuery()) {
                    row.next();
                    rows += row.getInt(1);
                }
            }
            db.rollback();
        }
        return rows;
    }

    private static void execute(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
