package cn.zugong.plugin.reserve.data;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A county's reserve batch (DOMAIN §3.3 ReserveBatch). The 职数 it backs is the registry's (the
 * tier's post levels in the platform's quota), not kept here.
 *
 * @param id the batch
 * @param year the batch's year
 * @param tier the tier's code of the rule pack
 * @param referenceDate the date ages and years are computed at (V-R3)
 */
public record Batch(UUID id, int year, String tier, LocalDate referenceDate) {}
