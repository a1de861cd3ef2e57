package cn.zugong.core.cadre.domain;

/** A cadre's status; changes are dated (see CadreStatusChange). Labels: message key {@code cadre.cadre-status.<NAME>}; form text: {@link FormTexts}. */
public enum CadreStatus {
    ACTIVE,
    TRANSFERRED_OUT,
    RETIRED,
    RESIGNED,
    DISMISSED,
    DECEASED;

    /** Whether a cadre may move from this status to the other one. */
    public boolean canBecome(CadreStatus next) {
        return switch (this) {
            case DECEASED -> false;
            case ACTIVE -> next != ACTIVE;
            case RETIRED -> next == DECEASED;
            case TRANSFERRED_OUT, RESIGNED, DISMISSED -> next == ACTIVE || next == DECEASED;
        };
    }
}
