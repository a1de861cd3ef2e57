package ${package};

import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;

/**
 * The testkit's in-memory platform for this plugin: its table on H2, migrated from
 * {@code db/plugin/${pluginId}/} as the platform migrates it, an officer of Wenjiang, 16 June 2025.
 */
final class NotesContext {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private NotesContext() {}

    static InMemoryPluginContext create() {
        return InMemoryPluginContext.builder(NotesPlugin.ID)
                .entities(new NotesEntities().entityClasses())
                .county(CadreFixtures.WENJIANG)
                .today(TODAY)
                .build();
    }
}
