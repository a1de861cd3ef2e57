package cn.zugong.plugin.reserve.data;

import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A county's reserve batch (DOMAIN §3.3 ReserveBatch).
 *
 * @param id the batch
 * @param year the batch's year
 * @param tier the tier's code of the rule pack
 * @param referenceDate the date ages and years are computed at (V-R3)
 * @param posts the 职数 the tier backs; empty when not entered
 */
public record Batch(UUID id, int year, String tier, LocalDate referenceDate, OptionalInt posts) {}
