package cn.zugong.plugin.supervision.matters;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a personal-matters report stands (DOMAIN §4.10):
 *
 * <pre>
 * due -> submitted -> selected_random | selected_focused | not_selected
 * not_selected -> selected_focused   (a later focused check: 凡提必查, reserve, reported, inspection tour)
 * selected_* -> verifying -> consistent | discrepancy
 * discrepancy -> explanation_requested -> decided
 * discrepancy -> decided
 * </pre>
 */
public enum MattersStatus {
    DUE,
    SUBMITTED,
    SELECTED_RANDOM,
    SELECTED_FOCUSED,
    NOT_SELECTED,
    VERIFYING,
    CONSISTENT,
    DISCREPANCY,
    EXPLANATION_REQUESTED,
    DECIDED;

    public Set<MattersStatus> next() {
        return switch (this) {
            case DUE -> EnumSet.of(SUBMITTED);
            case SUBMITTED -> EnumSet.of(SELECTED_RANDOM, SELECTED_FOCUSED, NOT_SELECTED);
            case NOT_SELECTED -> EnumSet.of(SELECTED_FOCUSED);
            case SELECTED_RANDOM, SELECTED_FOCUSED -> EnumSet.of(VERIFYING);
            case VERIFYING -> EnumSet.of(CONSISTENT, DISCREPANCY);
            case DISCREPANCY -> EnumSet.of(EXPLANATION_REQUESTED, DECIDED);
            case EXPLANATION_REQUESTED -> EnumSet.of(DECIDED);
            case CONSISTENT, DECIDED -> EnumSet.noneOf(MattersStatus.class);
        };
    }

    /** The check of this report is done: its verification came to an end. */
    public boolean checked() {
        return this == CONSISTENT || this == DECIDED;
    }

    public String messageKey() {
        return "supervision.matters.status." + name();
    }
}
