package cn.zugong.core.plugin.publish;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One item a department published. Read across tenants (by the tenants below the publisher), so it
 * carries its tenant as a plain column, which {@link PublicationBoard} sets and restricts
 * explicitly; on PostgreSQL the row-level security policies of {@code V10_1} do it again.
 */
@Entity
@Table(name = "plugin_publication")
public class PublishedItem {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "plugin_id", nullable = false, length = 64, updatable = false)
    private String pluginId;

    @Column(nullable = false, length = 64, updatable = false)
    private String kind;

    @Column(name = "item_key", nullable = false, length = 100, updatable = false)
    private String key;

    @Column(nullable = false, length = 8000)
    private String content;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected PublishedItem() {}

    PublishedItem(String tenantId, String pluginId, String kind, String key) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.pluginId = pluginId;
        this.kind = kind;
        this.key = key;
    }

    void publish(String content, Instant at) {
        this.content = content;
        this.publishedAt = at;
        this.withdrawnAt = null;
    }

    void withdraw(Instant at) {
        this.withdrawnAt = at;
    }

    String tenantId() {
        return tenantId;
    }

    String kind() {
        return kind;
    }

    String key() {
        return key;
    }

    String content() {
        return content;
    }

    Instant publishedAt() {
        return publishedAt;
    }

    boolean withdrawn() {
        return withdrawnAt != null;
    }
}
