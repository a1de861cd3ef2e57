package cn.zugong.core.selection.eligibility;

import java.util.List;
import java.util.Locale;

/**
 * The basic qualifications (jiben zige) of DOMAIN.md 5.1 that the registry can check. Labels:
 * message key {@code eligibility.rule.<NAME>}; each finding's text is {@code
 * eligibility.<key>.<reason>} for one of the rule's {@link #reasons()}.
 */
public enum EligibilityRule {
    /** Promotion to a county-level post: years since the cadre started work (gongling). */
    WORK_YEARS("pass", "fail", "unknown"),
    /** Promotion to a county-level post: years in grassroots units (jiceng gongzuo jingli). */
    GRASSROOTS_YEARS("pass", "fail", "unknown", "no-records"),
    /** Promotion to county level and above: posts held at the next lower level. */
    LOWER_POSTS("pass", "fail", "no-records"),
    /** Promotion to county level and above: years in the deputy post, or in the lower principal post. */
    TIME_IN_POST("pass", "fail-deputy", "fail-principal", "skip", "unknown"),
    EDUCATION("pass", "fail", "unknown"),
    /** Training may be completed within a year after the promotion; the registry holds no records. */
    TRAINING("confirm"),
    HEALTH("pass", "confirm", "unknown");

    private final List<String> reasons;

    EligibilityRule(String... reasons) {
        this.reasons = List.of(reasons);
    }

    /** The rule's part of its message keys, such as {@code work-years}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Every reason a finding of this rule may give, so that the bundles can be checked for completeness. */
    public List<String> reasons() {
        return reasons;
    }

    public String messageKey(String reason) {
        if (!reasons.contains(reason)) {
            throw new IllegalArgumentException(name() + " has no reason " + reason);
        }
        return "eligibility." + key() + "." + reason;
    }
}
