package cn.zugong.plugin.reserve.pool;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One annual review of a member (DOMAIN §3.4 reviewed): what it read and what it decided.
 *
 * @param year the year reviewed (the assessment's year)
 * @param grade the registry's assessment grade of that year, when recorded
 * @param training the training module's standing, when that module told one
 * @param measures the supervision facts on the member, when any
 */
public record Review(
        UUID id,
        UUID candidateId,
        int year,
        Optional<String> grade,
        Optional<String> training,
        Optional<String> measures,
        ReviewOutcome outcome,
        Optional<String> note,
        LocalDate reviewedOn) {}
