package cn.zugong.plugin.training.data;

import cn.zugong.plugin.training.requirement.CreditedRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored credited record.
 *
 * @param id its id
 * @param record the hours as the requirement counts them
 * @param source a course of the catalogue or an import
 * @param online whether it is online study
 * @param importBatchId the import it came with, for an imported record
 * @param recordedAt when it was credited
 */
public record RecordEntry(
        UUID id,
        CreditedRecord record,
        RecordSource source,
        boolean online,
        Optional<UUID> importBatchId,
        Instant recordedAt) {

    public RecordEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(importBatchId, "importBatchId");
    }
}
