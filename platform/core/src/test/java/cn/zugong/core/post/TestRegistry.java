package cn.zugong.core.post;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.PostHolding;
import cn.zugong.core.tenant.ContextTenantResolver;
import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitPosition;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * An in-memory H2 database with the portal's own migrations and Hibernate mapping of units and
 * holdings (PostgreSQL mode, as the run default), to prove the quota queries without a server.
 * Rows are inserted with plain JDBC, as the owner would, past Hibernate's tenant filter.
 */
final class TestRegistry implements AutoCloseable {

    private final String url;
    final SessionFactory sessions;

    TestRegistry() {
        url = "jdbc:h2:mem:quota-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/common")
                .load()
                .migrate();
        sessions = new Configuration()
                .addAnnotatedClass(OrgUnit.class)
                .addAnnotatedClass(PostHolding.class)
                .addAnnotatedClass(Cadre.class)
                .addAnnotatedClass(UnitPosition.class)
                .setProperty("hibernate.connection.url", url)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.hbm2ddl.auto", "none")
                .setProperty("hibernate.tenant_identifier_resolver", ContextTenantResolver.class.getName())
                .buildSessionFactory();
    }

    EntityManager entityManager() {
        return sessions.createEntityManager();
    }

    void tenant(String code) throws SQLException {
        execute("insert into tenant (code, path, name_zh, name_en) values (?, ?, ?, ?)", code, "/" + code, code, code);
    }

    UUID unit(String tenant, String name, String type, PostLevel rank, int principal, int deputy) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(
                "insert into org_unit (tenant_id, id, name, unit_type, unit_rank, principal_posts, deputy_posts)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                tenant,
                id,
                name,
                type,
                rank == null ? null : rank.name(),
                principal,
                deputy);
        return id;
    }

    UUID cadre(String tenant) throws SQLException {
        UUID id = UUID.randomUUID();
        execute(
                "insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                        + " political_status, management_authority, status, status_since)"
                        + " values (?, ?, 'x', 'x', 'x', 'MALE', date '1980-01-01', 'x', 'x', 'x', 'x', date '2020-01-01')",
                tenant,
                id);
        return id;
    }

    /** A holding of the cadre in the unit; {@code level} null is a staff post. */
    void holding(String tenant, UUID cadre, UUID unit, PostLevel level, boolean main, LocalDate end)
            throws SQLException {
        execute(
                "insert into post_holding (tenant_id, id, cadre_id, unit_id, unit_name, title, post_level, principal,"
                        + " main_post, start_date, end_date) values (?, ?, ?, ?, 'u', 't', ?, ?, ?, date '2020-01-01', ?)",
                tenant,
                UUID.randomUUID(),
                cadre,
                unit,
                level == null ? null : level.name(),
                level != null && level.principal(),
                main,
                end == null ? null : java.sql.Date.valueOf(end));
    }

    /** A new cadre called {@code name} holding the position, until {@code end} (null: today still). */
    void occupant(String tenant, UUID unit, UUID position, String name, LocalDate end) throws SQLException {
        UUID cadre = cadre(tenant);
        execute("update cadre set name = ? where id = ?", name, cadre);
        holding(tenant, cadre, unit, PostLevel.TOWNSHIP_DEPUTY, true, end);
        execute("update post_holding set position_id = ? where cadre_id = ?", position, cadre);
    }

    /** A new cadre holding a current main post in the unit. */
    void holder(String tenant, UUID unit, PostLevel level) throws SQLException {
        holding(tenant, cadre(tenant), unit, level, true, null);
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    @Override
    public void close() {
        sessions.close();
    }
}
