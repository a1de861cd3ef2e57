package cn.zugong.testkit.context;

import cn.zugong.api.plugin.PluginAudit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The audit trail as a list a test reads with {@link #entries()}. When the plugin lists the
 * actions and kinds of record it audits (so that its bundles label each), {@link #onlyListed}
 * makes recording anything else fail the test.
 */
public final class RecordedAudit implements PluginAudit {

    /** One recorded change. */
    public record Entry(
            String action,
            String subjectType,
            String subjectId,
            String label,
            Map<String, ?> before,
            Map<String, ?> after) {}

    private final List<Entry> entries = new CopyOnWriteArrayList<>();
    private volatile Set<String> actions;
    private volatile Set<String> subjectTypes;

    /** From now on an action or kind of record outside these sets throws an {@link AssertionError}. */
    public void onlyListed(Set<String> actions, Set<String> subjectTypes) {
        this.actions = Set.copyOf(actions);
        this.subjectTypes = Set.copyOf(subjectTypes);
    }

    @Override
    public void record(
            String action,
            String subjectType,
            String subjectId,
            String label,
            Map<String, ?> before,
            Map<String, ?> after) {
        if (actions != null && (!actions.contains(action) || !subjectTypes.contains(subjectType))) {
            throw new AssertionError("Audit action " + action + " on " + subjectType + " is not listed");
        }
        entries.add(new Entry(action, subjectType, subjectId, label, before, after));
    }

    /** What was recorded, oldest first. */
    public List<Entry> entries() {
        return List.copyOf(entries);
    }
}
