package cn.zugong.core.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A cadre's photo, kept apart from the cadre row so that lists never load image bytes. */
@Entity
@Table(name = "cadre_photo")
public class CadrePhoto {

    @Id
    @Column(name = "cadre_id")
    private UUID cadreId;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "media_type", nullable = false)
    private String mediaType;

    @Column(name = "content", nullable = false)
    private byte[] content;

    protected CadrePhoto() {}

    public CadrePhoto(UUID cadreId, String mediaType, byte[] content) {
        this.cadreId = cadreId;
        replace(mediaType, content);
    }

    public final void replace(String mediaType, byte[] content) {
        this.mediaType = mediaType;
        this.content = content.clone();
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public String getMediaType() {
        return mediaType;
    }

    public byte[] getContent() {
        return content.clone();
    }
}
