package cn.zugong.api.plugin;

import java.util.Map;

/**
 * The platform's audit trail, append-only and hash-chained, for what a plugin changes. Entries go
 * to the current request's tenant with its user; the action is prefixed with the plugin's id.
 * The auditors read the action in words from the plugin's bundles, key {@code
 * <pluginId>.audit.<action>} (such as {@code training.audit.course.create}), and the kind of
 * record from {@code <pluginId>.audit.subject.<subjectType>}; without them, as recorded.
 *
 * {@snippet class=cn.zugong.api.snippets.PluginSnippets region=audit :
 * context.audit().record("course.create", "training_course", course.id().toString(), course.title(),
 *         Map.of(), Map.of("hours", course.hours()));
 * }
 */
public interface PluginAudit {

    /**
     * Records one change.
     *
     * @param action what happened, such as {@code course.create}
     * @param subjectType the kind of record, by convention a table of the plugin
     * @param subjectId the record's id
     * @param label a human-readable name of the record
     * @param before the changed fields before, empty for a creation
     * @param after the changed fields after, empty for a deletion
     */
    void record(
            String action,
            String subjectType,
            String subjectId,
            String label,
            Map<String, ?> before,
            Map<String, ?> after);
}
