package cn.zugong.plugin.rotation.term;

/** Why a term ended early: the six exits of 任期规定 2006 第四条 [V] (DOMAIN §2.3). */
public enum EarlyExit {
    RETIREMENT_AGE,
    HEALTH,
    INCOMPETENCE,
    RESIGNATION,
    DISCIPLINE,
    /** A job change for special work need: generally at most one per term (V-E6). */
    SPECIAL_NEED;

    public String messageKey() {
        return "rotation.term.exit." + name();
    }
}
