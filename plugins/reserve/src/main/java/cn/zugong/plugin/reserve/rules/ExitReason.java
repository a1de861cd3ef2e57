package cn.zugong.plugin.reserve.rules;

/**
 * Why a member leaves the pool (调整出库, DOMAIN §3.4 [I], common practice not verified nationally:
 * the county's rule pack lists those it offers, key {@code exit.reasons}). 使用 (promotion) is not an
 * exit: it is the state {@code PROMOTED}.
 */
public enum ExitReason {
    /** Over the tier's age limit. */
    OVER_AGE,
    /** 年度考核 基本称职 or 不称职. */
    ASSESSMENT,
    /** 党纪政务处分, 诫勉, or a substantiated complaint. */
    DISCIPLINE,
    /** Concealed personal matters: mandatory, [V] (DOMAIN §3.1). */
    CONCEALMENT,
    /** No longer meets the tier's eligibility. */
    INELIGIBLE,
    /** Transferred out of the county. */
    TRANSFERRED;

    public String messageKey() {
        return "reserve.exit." + name();
    }
}
