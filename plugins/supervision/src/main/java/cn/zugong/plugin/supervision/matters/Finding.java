package cn.zugong.plugin.supervision.matters;

/**
 * What verification found in a report that did not match, and the handling the "五个一律" give it
 * (DOMAIN §4.4 [V], http://www.cdlgb.com/website/contents/7/2326.html).
 */
public enum Finding {
    /** 不规范 / 错报 / 漏报: the cadre refiles. */
    OMISSION(Handling.REFILE),
    /** 未如实报告: the cadre explains; the department decides whether use is affected. */
    UNTRUE(Handling.AFFECTS_USE),
    /** 有意瞒报: no promotion, not on the reserve list. */
    CONCEALMENT(Handling.NO_PROMOTION_NO_RESERVE),
    /** 违规: corrected within a time limit. */
    VIOLATION(Handling.CORRECT),
    /** 涉嫌违纪违法: transferred to the discipline inspection organs. */
    SUSPECTED_OFFENCE(Handling.TRANSFER_TO_DISCIPLINE);

    private final Handling handling;

    Finding(Handling handling) {
        this.handling = handling;
    }

    /** The handling the 五个一律 prescribe for this finding. */
    public Handling handling() {
        return handling;
    }

    /**
     * Whether the cadre must explain before the department decides (DOMAIN §4.10: discrepancy ->
     * explanation_requested -> decided, for 未如实报告).
     */
    public boolean needsExplanation() {
        return this == UNTRUE;
    }

    public String messageKey() {
        return "supervision.matters.finding." + name();
    }
}
