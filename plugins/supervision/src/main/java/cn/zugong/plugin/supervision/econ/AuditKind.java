package cn.zugong.plugin.supervision.econ;

import cn.zugong.api.selection.SelectionKind;

/**
 * When an economic responsibility audit is made (DOMAIN §4.6 [V]): before an appointment (任前,
 * "需要进行经济责任审计的" are audited before the decision, 凡提四必 §4.3), during the tenure (任中), after
 * leaving the post (离任).
 */
public enum AuditKind {
    PRE_APPOINTMENT,
    IN_OFFICE,
    LEAVING;

    /**
     * The audit a selection case needs of a cadre who holds an audited post: a promotion is audited
     * before its decision (任前); a removal, a retirement or a move to another post takes the cadre
     * out of the post, which is audited on leaving (离任).
     */
    public static AuditKind neededBy(SelectionKind kind, boolean promotion) {
        return kind == SelectionKind.APPOINT && promotion ? PRE_APPOINTMENT : LEAVING;
    }

    public String messageKey() {
        return "supervision.econ.kind." + name();
    }
}
