package cn.zugong.core.plugin.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The platform operator offers a plugin to one tenant. Platform data: the tenant is a column, not a filter. */
@Entity
@Table(name = "plugin_offer")
@IdClass(PluginOffer.Key.class)
public class PluginOffer {

    @Id
    @Column(name = "plugin_id", length = 64)
    private String pluginId;

    @Id
    @Column(name = "tenant_id", length = 6)
    private String tenantId;

    protected PluginOffer() {}

    public PluginOffer(String pluginId, String tenantId) {
        this.pluginId = pluginId;
        this.tenantId = tenantId;
    }

    /** The composite key. */
    public static class Key implements Serializable {
        private String pluginId;
        private String tenantId;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && java.util.Objects.equals(pluginId, k.pluginId)
                    && java.util.Objects.equals(tenantId, k.tenantId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(pluginId, tenantId);
        }
    }
}
