package db.common;

import cn.zugong.core.cadre.domain.NamePinyin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Computes the sort key ({@link NamePinyin.Keys#sort()}) of every cadre that exists, once: the key
 * is pinyin, which SQL cannot compute. On PostgreSQL the table's row-level security is forced on
 * its owner too, so the owner that runs the migrations lifts FORCE for this transaction only and
 * puts it back before committing.
 */
public class V12_2__CadreNameSortKeys extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean postgres =
                connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        try (Statement ddl = connection.createStatement()) {
            if (postgres) {
                ddl.execute("alter table cadre no force row level security");
            }
            rekey(connection);
            if (postgres) {
                ddl.execute("alter table cadre force row level security");
            }
        }
    }

    private static void rekey(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("select tenant_id, id, name from cadre");
                PreparedStatement update =
                        connection.prepareStatement("update cadre set name_sort = ? where tenant_id = ? and id = ?")) {
            int batched = 0;
            while (rows.next()) {
                update.setString(1, NamePinyin.of(rows.getString(3)).sort());
                update.setString(2, rows.getString(1));
                update.setObject(3, rows.getObject(2));
                update.addBatch();
                if (++batched % 500 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }
}
