package cn.zugong.plugin.training.requirement;

import java.util.Optional;

/**
 * Which training requirement applies, by the cadre's post level as the platform codes it
 * ({@code PostLevel} of the registry). Labels: {@code training.tier.<NAME>}.
 */
public enum Tier {
    /** DOMAIN T1 [V]: xianchu level and above; 550 hours or 3 months per 5 years. */
    COUNTY_AND_ABOVE,
    /** DOMAIN T3 [V]: xiangke level; 90 hours or 12 days per year. */
    TOWNSHIP;

    /** The tier of a post level code; empty for a code this plugin does not know. */
    public static Optional<Tier> of(String postLevel) {
        return switch (postLevel) {
            case "BUREAU_PRINCIPAL", "BUREAU_DEPUTY", "COUNTY_PRINCIPAL", "COUNTY_DEPUTY" ->
                Optional.of(COUNTY_AND_ABOVE);
            case "TOWNSHIP_PRINCIPAL", "TOWNSHIP_DEPUTY" -> Optional.of(TOWNSHIP);
            default -> Optional.empty();
        };
    }

    public String messageKey() {
        return "training.tier." + name();
    }
}
