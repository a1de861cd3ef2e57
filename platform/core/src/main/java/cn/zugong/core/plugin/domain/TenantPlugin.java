package cn.zugong.core.plugin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** Whether one tenant uses one installed plugin. No row means disabled. */
@Entity
@Table(name = "tenant_plugin")
public class TenantPlugin {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected TenantPlugin() {}

    public TenantPlugin(String pluginId) {
        this.id = UUID.randomUUID();
        this.pluginId = pluginId;
    }

    public String pluginId() {
        return pluginId;
    }

    public boolean enabled() {
        return enabled;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public void change(boolean enabled, String by, Instant at) {
        this.enabled = enabled;
        this.changedBy = by;
        this.changedAt = at;
    }
}
