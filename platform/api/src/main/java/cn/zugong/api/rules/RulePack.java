package cn.zugong.api.rules;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One version of a set of rule values, for the whole country ({@code region} {@code 00}) or for a
 * province ({@code 51} for Sichuan), in force from a date. A later version of the same region
 * replaces the earlier from its date; a province's values override the national ones key by key;
 * a county's administrator may override single keys for the county.
 *
 * @param packId which rules, such as {@code training.hours}
 * @param region {@code 00} or a province's two-digit code
 * @param effectiveFrom the first day the values apply
 * @param values rule values by key, as text (the plugin parses them)
 */
public record RulePack(String packId, String region, LocalDate effectiveFrom, Map<String, String> values) {

    public static final String NATIONAL = "00";

    public RulePack {
        Objects.requireNonNull(packId, "packId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        values = Map.copyOf(values);
    }
}
