package ${package};

import cn.zugong.api.plugin.PluginEntities;
import java.util.List;
import org.pf4j.Extension;

/**
 * The plugin's own tables: the platform migrates them from {@code db/plugin/${pluginId}/} before the
 * plugin starts and maps these entities on them.
 */
@Extension
public class NotesEntities implements PluginEntities {

    @Override
    public List<Class<?>> entityClasses() {
        return List.of(Note.class);
    }
}
