package cn.zugong.core.plugin.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** One user has read one notice. Deleted with the notice (cascade) and when its text changes. */
@Entity
@Table(name = "plugin_notice_read")
@IdClass(NoticeRead.Key.class)
public class NoticeRead {

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Id
    @Column(name = "notice_id", nullable = false)
    private UUID noticeId;

    @Id
    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "read_at", nullable = false)
    private Instant readAt;

    protected NoticeRead() {}

    NoticeRead(UUID noticeId, String username, Instant readAt) {
        this.noticeId = noticeId;
        this.username = username;
        this.readAt = readAt;
    }

    /** The key within a county (notice ids are unique on their own). */
    public static class Key implements Serializable {
        private UUID noticeId;
        private String username;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k
                    && Objects.equals(noticeId, k.noticeId)
                    && Objects.equals(username, k.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(noticeId, username);
        }
    }
}
