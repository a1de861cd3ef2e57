package cn.zugong.core.testdb;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;

/** Rows of the registry written straight into a test database: cadres, units, posts held, status changes. */
public record RegistryRows(TestDatabase db) {

    /** A cadre of the county, active unless a status change or {@link #fileStatus} says otherwise. */
    public UUID cadre(
            String tenant,
            String name,
            String gender,
            LocalDate born,
            String ethnicity,
            String party,
            String fullTimeEducation,
            String inServiceEducation,
            String expertise)
            throws SQLException {
        UUID id = UUID.randomUUID();
        db.execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, name_sort, gender, birth_date,"
                        + " ethnicity, political_status, management_authority, status, status_since, work_started,"
                        + " ft_level, is_level, expertise, health) values (?, ?, ?, 'x', 'x', 'x', ?, ?, ?, ?,"
                        + " 'COUNTY', 'ACTIVE', date '2000-01-01', '200207', ?, ?, ?, 'HEALTHY')",
                tenant,
                id,
                name,
                gender,
                born,
                ethnicity,
                party,
                fullTimeEducation,
                inServiceEducation,
                expertise);
        return id;
    }

    /** The status the file shows today, as a status change sets it. */
    public void fileStatus(String tenant, UUID cadre, String status, LocalDate since) throws SQLException {
        db.execute(
                "update cadre set status = ?, status_since = ? where tenant_id = ? and id = ?",
                status,
                since,
                tenant,
                cadre);
    }

    public UUID unit(String tenant, String name, String type, int principals, int deputies) throws SQLException {
        UUID id = UUID.randomUUID();
        db.execute(
                "insert into org_unit (tenant_id, id, name, unit_type, principal_posts, deputy_posts)"
                        + " values (?, ?, ?, ?, ?, ?)",
                tenant,
                id,
                name,
                type,
                principals,
                deputies);
        return id;
    }

    /** A main post held from a day to a day (the first day out of it; null while held). */
    public void holding(
            String tenant, UUID cadre, UUID unit, String level, boolean principal, LocalDate from, LocalDate to)
            throws SQLException {
        db.execute(
                "insert into post_holding (tenant_id, id, cadre_id, unit_id, unit_name, title, post_level,"
                        + " principal, main_post, start_date, end_date) values (?, ?, ?, ?, 'unit', ?, ?, ?, true,"
                        + " ?, ?)",
                tenant,
                UUID.randomUUID(),
                cadre,
                unit,
                principal ? "正职" : "副职",
                level,
                principal,
                from,
                to);
    }

    public void statusChange(String tenant, UUID cadre, String status, LocalDate effective) throws SQLException {
        db.execute(
                "insert into cadre_status_change (tenant_id, id, cadre_id, status, effective_date)"
                        + " values (?, ?, ?, ?, ?)",
                tenant,
                UUID.randomUUID(),
                cadre,
                status,
                effective);
    }
}
