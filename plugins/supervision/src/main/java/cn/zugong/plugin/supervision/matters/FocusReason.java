package cn.zugong.plugin.supervision.matters;

/** Why a report is checked beyond the random draw (重点抽查, DOMAIN §4.4 [V]). */
public enum FocusReason {
    /** 凡提必查: a proposed promotion at a level the rules name. */
    PROMOTION,
    /** Proposed for the reserve list. */
    RESERVE,
    /** Transferred to an important post. */
    IMPORTANT_POST,
    /** A target of an inspection tour (巡视). */
    INSPECTION_TOUR,
    /** The cadre was reported. */
    REPORTED;

    public String messageKey() {
        return "supervision.matters.focus." + name();
    }
}
