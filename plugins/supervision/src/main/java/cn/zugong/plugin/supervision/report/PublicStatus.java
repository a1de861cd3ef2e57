package cn.zugong.plugin.supervision.report;

/**
 * What a sender reads of a report's state with the receipt code: coarser than {@link ReportStatus},
 * so that nothing of the department's internal handling (assignment, inquiry, extension) shows.
 */
public enum PublicStatus {
    /** Arrived, not yet registered by the department. */
    RECEIVED,
    /** Registered and being handled. */
    HANDLING,
    /** Out of the channel's scope, passed to whom it concerns. */
    REDIRECTED,
    /** The clues were too thin to look into. */
    INSUFFICIENT,
    /** The same issue was handled before: answered from that closure. */
    ANSWERED,
    /** Looked into and concluded. */
    CONCLUDED,
    /** Closed without a conclusion (after a redirection or thin clues) and archived. */
    ARCHIVED;

    public static PublicStatus of(ReportStatus status, boolean concluded) {
        return switch (status) {
            case RECEIVED -> RECEIVED;
            case REGISTERED, ACCEPTED, ASSIGNED, INVESTIGATING, EXTENSION_REQUESTED -> HANDLING;
            case REDIRECTED -> REDIRECTED;
            case INSUFFICIENT -> INSUFFICIENT;
            case ANSWERED_FROM_CLOSURE -> ANSWERED;
            case CONCLUDED, FEEDBACK_GIVEN, CLOSED -> CONCLUDED;
            case ARCHIVED -> concluded ? CONCLUDED : ARCHIVED;
        };
    }

    public String messageKey() {
        return "supervision.public.status." + name();
    }
}
