package cn.zugong.plugin.supervision.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A row of {@code supervision_report_file}: a file a sender attached on the public page, its type
 * told by the platform from its content. Offered only as a download, never shown inline.
 */
@Entity
@Table(name = "supervision_report_file")
public class ReportFileEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "report_id", nullable = false, updatable = false)
    private UUID reportId;

    @Column(name = "file_name", nullable = false, length = 100, updatable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 40, updatable = false)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private int sizeBytes;

    @Column(nullable = false, updatable = false)
    private byte[] content;

    protected ReportFileEntity() {}

    public ReportFileEntity(UUID reportId, String fileName, String mediaType, byte[] content) {
        this.id = UUID.randomUUID();
        this.reportId = reportId;
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.content = content.clone();
        this.sizeBytes = content.length;
    }

    public UUID id() {
        return id;
    }

    public UUID reportId() {
        return reportId;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public int sizeBytes() {
        return sizeBytes;
    }

    public byte[] content() {
        return content.clone();
    }
}
