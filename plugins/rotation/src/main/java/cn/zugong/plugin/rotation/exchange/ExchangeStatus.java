package cn.zugong.plugin.rotation.exchange;

import java.util.List;

/**
 * The state machine of an exchange case (DOMAIN §2.5 [P], after a prefecture's procedure):
 *
 * <pre>
 * proposed -> plan_drafted -> units_consulted -> decided -> talked -> handed_over -> reported
 *  -> relations_transferred -> closed
 * any open state -> cancelled
 * </pre>
 *
 * A case of an approved plan starts at {@link #PLAN_DRAFTED}: the plan is the drafted 方案. Each step
 * forward needs what {@link ExchangeChecks} names; the case closes only once the cadre's new post is
 * in the registry.
 */
public enum ExchangeStatus {
    PROPOSED,
    PLAN_DRAFTED,
    UNITS_CONSULTED,
    DECIDED,
    TALKED,
    HANDED_OVER,
    REPORTED,
    RELATIONS_TRANSFERRED,
    CLOSED,
    CANCELLED;

    private static final List<ExchangeStatus> PATH = List.of(
            PROPOSED,
            PLAN_DRAFTED,
            UNITS_CONSULTED,
            DECIDED,
            TALKED,
            HANDED_OVER,
            REPORTED,
            RELATIONS_TRANSFERRED,
            CLOSED);

    /** The step after this one on the path; none for a closed or cancelled case. */
    public java.util.Optional<ExchangeStatus> forward() {
        int at = PATH.indexOf(this);
        return at < 0 || at == PATH.size() - 1 ? java.util.Optional.empty() : java.util.Optional.of(PATH.get(at + 1));
    }

    /** Whether the case is still under way. */
    public boolean open() {
        return this != CLOSED && this != CANCELLED;
    }

    /** Whether this state comes at or after {@code other} on the path. */
    public boolean reached(ExchangeStatus other) {
        return PATH.indexOf(this) >= PATH.indexOf(other) && this != CANCELLED;
    }

    public String messageKey() {
        return "rotation.exchange.status." + name();
    }
}
