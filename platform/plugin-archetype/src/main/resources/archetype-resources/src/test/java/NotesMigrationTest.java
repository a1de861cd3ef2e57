package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.testkit.context.PluginDatabase;
import java.time.LocalDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The migrations as the platform runs them at an upgrade: rows written by the version before stay.
 * When you add {@code V2__….sql}, migrate to {@code "1"}, write what version 1 wrote, migrate the
 * rest and check the rows as version 2 reads them.
 */
class NotesMigrationTest {

    @Test
    void anUpgradeKeepsTheNotesOfTheVersionBefore() {
        try (PluginDatabase db = new PluginDatabase(NotesPlugin.ID)) {
            db.migrate("1");
            db.execute("insert into " + Note.TABLE + " (id, tenant_id, text, created_at) values (?, ?, ?, ?)",
                    UUID.randomUUID(), "510115", "kept", LocalDateTime.of(2025, 6, 1, 9, 0));

            db.migrate();

            assertThat(db.count(Note.TABLE)).isEqualTo(1);
        }
    }
}
