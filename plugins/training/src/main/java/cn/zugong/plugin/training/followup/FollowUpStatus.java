package cn.zugong.plugin.training.followup;

/** Where a promoted cadre's make-up training stands. Labels: {@code training.followUp.<NAME>}. */
public enum FollowUpStatus {
    /** The requirement has been met. */
    COMPLETED,
    /** Not met, and the reminder period has not begun. */
    PENDING,
    /** Not met, and the deadline is near: the cadre and the department should be reminded. */
    REMINDER_DUE,
    /** Not met by the deadline. */
    OVERDUE;

    public String messageKey() {
        return "training.followUp." + name();
    }
}
