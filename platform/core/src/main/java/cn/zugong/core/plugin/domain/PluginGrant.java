package cn.zugong.core.plugin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A county grants one plugin permission to one of its roles. */
@Entity
@Table(name = "plugin_grant")
public class PluginGrant {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false, length = 100)
    private String permission;

    @Column(name = "role_name", nullable = false, length = 64)
    private String role;

    protected PluginGrant() {}

    public PluginGrant(String pluginId, String permission, String role) {
        this.id = UUID.randomUUID();
        this.pluginId = pluginId;
        this.permission = permission;
        this.role = role;
    }

    public String permission() {
        return permission;
    }

    public String role() {
        return role;
    }
}
