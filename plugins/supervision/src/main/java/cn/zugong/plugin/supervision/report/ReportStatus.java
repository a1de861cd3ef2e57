package cn.zugong.plugin.supervision.report;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a report stands: the state machine {@code PetitionReport} of DOMAIN §4.10.
 *
 * <pre>
 * received -> registered -> accepted | redirected (not in scope) | insufficient
 * accepted -> assigned -> investigating -> concluded -> feedback_given (real name) -> closed -> archived
 * investigating -> extension_requested -> investigating
 * registered + same issue as a closed report -> answered_from_closure (not re-opened) [P]
 * </pre>
 *
 * A concluded anonymous report goes straight to closed: there is no one to give feedback to.
 * Redirected and insufficient reports are archived.
 */
public enum ReportStatus {
    RECEIVED,
    REGISTERED,
    ACCEPTED,
    REDIRECTED,
    INSUFFICIENT,
    ASSIGNED,
    INVESTIGATING,
    EXTENSION_REQUESTED,
    CONCLUDED,
    FEEDBACK_GIVEN,
    CLOSED,
    ANSWERED_FROM_CLOSURE,
    ARCHIVED;

    /** The states this one may move to. */
    public Set<ReportStatus> next() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(REGISTERED);
            case REGISTERED -> EnumSet.of(ACCEPTED, REDIRECTED, INSUFFICIENT, ANSWERED_FROM_CLOSURE);
            case ACCEPTED -> EnumSet.of(ASSIGNED);
            case ASSIGNED -> EnumSet.of(INVESTIGATING);
            case INVESTIGATING -> EnumSet.of(EXTENSION_REQUESTED, CONCLUDED);
            case EXTENSION_REQUESTED -> EnumSet.of(INVESTIGATING);
            case CONCLUDED -> EnumSet.of(FEEDBACK_GIVEN, CLOSED);
            case FEEDBACK_GIVEN -> EnumSet.of(CLOSED);
            case CLOSED, REDIRECTED, INSUFFICIENT, ANSWERED_FROM_CLOSURE -> EnumSet.of(ARCHIVED);
            case ARCHIVED -> EnumSet.noneOf(ReportStatus.class);
        };
    }

    /** Still being handled: counted as open by the indicators and the 带病提拔 gate. */
    public boolean open() {
        return EnumSet.of(RECEIVED, REGISTERED, ACCEPTED, ASSIGNED, INVESTIGATING, EXTENSION_REQUESTED, CONCLUDED)
                .contains(this);
    }

    /** Handled to the end: a repeat of its issue is answered from its closure. */
    public boolean closed() {
        return this == CLOSED || this == ARCHIVED;
    }

    public String messageKey() {
        return "supervision.report.status." + name();
    }
}
