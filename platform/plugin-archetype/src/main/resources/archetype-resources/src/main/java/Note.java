#set( $prefix = "${pluginId.toLowerCase().replace('-', '_')}_" )
package ${package};

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A note a county keeps. The table starts with the plugin's prefix, as the platform requires; the
 * county ({@code tenant_id}) is filled in and filtered on by the platform through Hibernate's
 * {@code @TenantId}, never by the plugin.
 */
@Entity
@Table(name = Note.TABLE)
public class Note {

    /** The table, created by {@code db/plugin/${pluginId}/V1__notes.sql}. */
    public static final String TABLE = "${prefix}note";

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "text", nullable = false, length = NoteText.MAX_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private LocalDateTime createdAt;

    protected Note() {}

    public Note(NoteText text, LocalDateTime createdAt) {
        this.id = UUID.randomUUID();
        this.text = text.value();
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    /** The county's code; set by the platform when the note is stored. */
    public String tenantId() {
        return tenantId;
    }

    public String text() {
        return text;
    }

    public LocalDateTime createdAt() {
        return createdAt;
    }
}
