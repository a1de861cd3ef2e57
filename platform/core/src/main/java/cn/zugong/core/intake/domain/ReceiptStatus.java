package cn.zugong.core.intake.domain;

import java.util.Optional;

/**
 * All that a receipt code shows: where the submission stands and its outcome, as message keys of
 * the plugin that kept it. Nothing of the report, the county's handling or any cadre.
 *
 * @param statusKey the state
 * @param outcomeKey the outcome, once there is one
 */
public record ReceiptStatus(String statusKey, Optional<String> outcomeKey) {}
