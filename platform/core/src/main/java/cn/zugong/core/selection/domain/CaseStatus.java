package cn.zugong.core.selection.domain;

/** Where a case stands as a whole (label key {@code selection.status.<NAME>}). */
public enum CaseStatus {
    /** Under way at its current step. */
    OPEN,
    /** Withdrawn with a reason. */
    WITHDRAWN,
    /** Not adopted by the committee, or stopped by an objection during publicity. */
    REJECTED,
    /** Applied, and any trial year ended. */
    DONE
}
