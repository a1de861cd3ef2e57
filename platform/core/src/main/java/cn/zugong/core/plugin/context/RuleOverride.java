package cn.zugong.core.plugin.context;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A county's own value of one key of a plugin's rule pack. */
@Entity
@Table(name = "plugin_rule_override")
public class RuleOverride {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "pack_id", nullable = false, length = 100)
    private String packId;

    @Column(name = "rule_key", nullable = false, length = 100)
    private String key;

    @Column(name = "rule_value", nullable = false, length = 1000)
    private String value;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected RuleOverride() {}

    RuleOverride(String packId, String key) {
        this.id = UUID.randomUUID();
        this.packId = packId;
        this.key = key;
    }

    void change(String value, String by, Instant at) {
        this.value = value;
        this.changedBy = by;
        this.changedAt = at;
    }

    public String tenantId() {
        return tenantId;
    }

    public String packId() {
        return packId;
    }

    public String key() {
        return key;
    }

    public String value() {
        return value;
    }
}
