package cn.zugong.plugin.training.data;

import java.time.Instant;
import java.util.UUID;

/**
 * An accepted import.
 *
 * @param id the batch id its records carry
 * @param fileName the uploaded file's name
 * @param rows how many records it credited
 * @param importedAt when
 */
public record ImportBatchEntry(UUID id, String fileName, int rows, Instant importedAt) {}
