package cn.zugong.plugin.rotation.due;

/** The rules that make a cadre due to move, with the list each one fills and its reference. */
public enum DueRule {
    /** V-E3 [V] 交流规定 2006 第五条, 选拔任用条例: a leadership member 10 years in the same post must move. */
    SAME_POST(DueList.MUST, "V-E3"),
    /** V-E7 [P] a province's rule: a key-department principal 5 years in post must move (per province). */
    KEY_PRINCIPAL(DueList.MUST, "V-E7"),
    /** V-E3 [V] 交流规定 2006 第五条: 10 years at the same level in the region's leadership should move. */
    SAME_LEVEL(DueList.SHOULD, "V-E3"),
    /** V-E4 [V] 任期规定 第六条: two consecutive terms in the same post; not again to that post. */
    CONSECUTIVE_TERMS(DueList.TERMS, "V-E4"),
    /** V-E4 [V] 任期规定 第七条: 15 years in all at the same level; not again to that level. */
    CUMULATIVE_LEVEL(DueList.TERMS, "V-E4");

    private final DueList list;
    private final String reference;

    DueRule(DueList list, String reference) {
        this.list = list;
        this.reference = reference;
    }

    public DueList list() {
        return list;
    }

    /** The rule's reference in DOMAIN §2.6, as the lists show it. */
    public String reference() {
        return reference;
    }

    public String messageKey() {
        return "rotation.due.rule." + name();
    }

    /** The three lists of issue item 1. */
    public enum DueList {
        MUST,
        SHOULD,
        TERMS;

        public String messageKey() {
            return "rotation.due.list." + name();
        }
    }
}
