package cn.zugong.plugin.training.data;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code training_import}: one accepted import, whose records carry its id. */
@Entity
@Table(name = "training_import")
public class ImportBatchEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    protected ImportBatchEntity() {}

    ImportBatchEntity(String fileName, int rowCount, Instant importedAt) {
        this.id = UUID.randomUUID();
        this.fileName = fileName.length() > 255 ? fileName.substring(0, 255) : fileName;
        this.rowCount = rowCount;
        this.importedAt = importedAt;
    }

    UUID id() {
        return id;
    }

    ImportBatchEntry toEntry() {
        return new ImportBatchEntry(id, fileName, rowCount, importedAt);
    }
}
