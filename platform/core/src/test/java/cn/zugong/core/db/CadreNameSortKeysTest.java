package cn.zugong.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** Cadres stored before the sort key existed get theirs when the portal migrates (H2). */
class CadreNameSortKeysTest {

    private final String url =
            "jdbc:h2:mem:rekey-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";

    @Test
    void existingCadresGetTheirSyllableSortKey() throws SQLException {
        migrate("12");
        execute("insert into tenant (code, path, name_zh, name_en) values ('510115', '/510115/', 'w', 'w')");
        execute("insert into cadre (tenant_id, id, name, name_pinyin, name_initials, gender, birth_date, ethnicity,"
                + " political_status, management_authority, status, status_since, work_started, ft_level, health)"
                + " values ('510115', random_uuid(), '陈志', 'chenzhi', 'cz', 'MALE', date '1980-01-01', '汉族',"
                + " 'CPC_MEMBER', 'COUNTY', 'ACTIVE', date '2020-01-01', '200207', 'UNIVERSITY', 'HEALTHY')");

        migrate(null);

        try (Connection db = DriverManager.getConnection(url, "sa", "");
                ResultSet row = db.createStatement().executeQuery("select name_sort from cadre")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString(1)).isEqualTo("chen zhi");
        }
    }

    private void migrate(String target) {
        var flyway = Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/common");
        if (target != null) {
            flyway.target(target);
        }
        flyway.load().migrate();
    }

    private void execute(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
