package cn.zugong.api.plugin;

import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: a plugin that keeps data of its own. The platform migrates the plugin's schema
 * with Flyway from {@code db/plugin/<plugin id>/} on the plugin's class path, with a history
 * table of its own ({@code <prefix>_schema_history}), before the plugin starts: at install, and
 * again at every upgrade. Every table must start with the plugin's prefix, its id with {@code -}
 * turned into {@code _} and a trailing {@code _} ({@code training_course} for {@code training});
 * an install whose migrations create anything else is refused and rolled back where the database
 * allows.
 *
 * {@snippet class=cn.zugong.api.snippets.PluginSnippets region=entities :
 * @Extension
 * public class TrainingEntities implements PluginEntities {
 *     public List<Class<?>> entityClasses() { return List.of(Course.class, Enrollment.class); }
 * }
 * }
 *
 * <p>{@code db/plugin/training/V1__courses.sql}:
 *
 * {@snippet lang=sql :
 * create table training_course (
 *     id uuid primary key,
 *     tenant_id varchar(6) not null,
 *     title varchar(200) not null,
 *     hours numeric(6, 1) not null
 * );
 * }
 */
public interface PluginEntities extends ExtensionPoint {

    /** The plugin's JPA entity classes. */
    List<Class<?>> entityClasses();

    /** The table prefix of a plugin id: {@code training-credits} has {@code training_credits_}. */
    static String tablePrefix(String pluginId) {
        return pluginId.toLowerCase(java.util.Locale.ROOT).replace('-', '_') + "_";
    }
}
