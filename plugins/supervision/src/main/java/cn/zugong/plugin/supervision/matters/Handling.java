package cn.zugong.plugin.supervision.matters;

/** The handling of a finding (五个一律, DOMAIN §4.4 [V]). */
public enum Handling {
    REFILE,
    AFFECTS_USE,
    NO_PROMOTION_NO_RESERVE,
    CORRECT,
    TRANSFER_TO_DISCIPLINE;

    public String messageKey() {
        return "supervision.matters.handling." + name();
    }
}
