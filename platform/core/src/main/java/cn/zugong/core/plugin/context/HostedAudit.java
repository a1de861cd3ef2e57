package cn.zugong.core.plugin.context;

import cn.zugong.api.plugin.PluginAudit;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import java.util.Map;

/** The audit trail for one plugin: its actions prefixed with its id. */
final class HostedAudit implements PluginAudit {

    private final String pluginId;
    private final AuditTrail trail;

    HostedAudit(String pluginId, AuditTrail trail) {
        this.pluginId = pluginId;
        this.trail = trail;
    }

    @Override
    public void record(
            String action,
            String subjectType,
            String subjectId,
            String label,
            Map<String, ?> before,
            Map<String, ?> after) {
        trail.record(
                pluginId + "." + action,
                subjectType,
                subjectId,
                label,
                before.isEmpty() ? null : AuditJson.of(before),
                after.isEmpty() ? null : AuditJson.of(after));
    }
}
