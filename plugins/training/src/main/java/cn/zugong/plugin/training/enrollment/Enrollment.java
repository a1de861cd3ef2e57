package cn.zugong.plugin.training.enrollment;

import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.course.Course;
import cn.zugong.plugin.training.rules.CreditRules;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One cadre's enrollment in one course (DOMAIN §1.3 {@code TrainingEnrollment}), immutable: every
 * change returns a {@link Transition}, either the changed enrollment or a refusal with a message
 * key. The moves are those of {@link EnrollmentStatus}; hours and days are credited only by {@link
 * #credit()} after jieye and only count while {@link EnrollmentStatus#credited()}.
 *
 * @param courseHours the course's hours
 * @param courseDays the course's training days
 * @param status where the enrollment stands
 * @param leaveHours the leave taken so far, in hours
 * @param creditedHours the hours credited (0 until credited, and after a revocation)
 * @param creditedDays the training days credited, likewise
 */
public record Enrollment(
        BigDecimal courseHours,
        int courseDays,
        EnrollmentStatus status,
        BigDecimal leaveHours,
        BigDecimal creditedHours,
        int creditedDays) {

    /** Prefix of the refusal of a move, completed by the target state's name. */
    public static final String ILLEGAL_MOVE = "training.enrollment.illegalMove.";

    public static final String LEAVE_NOT_ATTENDING = "training.enrollment.leaveNotAttending";
    public static final String LEAVE_POSITIVE = "training.enrollment.leavePositive";
    public static final String AUTO_WITHDRAWN = "training.enrollment.autoWithdrawn";
    public static final String REVOKE_REASON_REQUIRED = "training.enrollment.revokeReasonRequired";

    public Enrollment {
        Objects.requireNonNull(courseHours, "courseHours");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(leaveHours, "leaveHours");
        Objects.requireNonNull(creditedHours, "creditedHours");
    }

    /** A new, planned enrollment in a validated course. */
    public static Enrollment planned(Course course) {
        return new Enrollment(
                course.hours(), course.days(), EnrollmentStatus.PLANNED, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    /** xuandiao/baoming. */
    public Transition select() {
        return moveTo(EnrollmentStatus.SELECTED);
    }

    /** The course starts for this cadre. */
    public Transition attend() {
        return moveTo(EnrollmentStatus.ATTENDING);
    }

    /** jieye. */
    public Transition complete() {
        return moveTo(EnrollmentStatus.COMPLETED);
    }

    /** kaohe buhege. */
    public Transition fail() {
        return moveTo(EnrollmentStatus.FAILED);
    }

    /** tuixue by decision (the automatic case is {@link #recordLeave}). */
    public Transition withdraw() {
        return moveTo(EnrollmentStatus.WITHDRAWN);
    }

    /** xueshi rending: credits the course's full hours and days; only after jieye. */
    public Transition credit() {
        if (!status.canMoveTo(EnrollmentStatus.CREDITED)) {
            return refuse(EnrollmentStatus.CREDITED);
        }
        return moved(new Enrollment(
                courseHours, courseDays, EnrollmentStatus.CREDITED, leaveHours, courseHours, courseDays));
    }

    /** guidang. */
    public Transition archive() {
        return moveTo(EnrollmentStatus.ARCHIVED);
    }

    /**
     * chexiao rending ([I] DOMAIN §1.4, e.g. falsified attendance): the credited hours no longer count. The
     * reason is required here and kept by the caller with the change.
     */
    public Transition revoke(String reason) {
        if (!status.canMoveTo(EnrollmentStatus.REVOKED)) {
            return refuse(EnrollmentStatus.REVOKED);
        }
        if (reason == null || reason.isBlank()) {
            return new Transition.Refused(Problem.of("reason", REVOKE_REASON_REQUIRED));
        }
        return moved(new Enrollment(courseHours, courseDays, EnrollmentStatus.REVOKED, leaveHours, BigDecimal.ZERO, 0));
    }

    /**
     * Records leave taken during the course. DOMAIN T7 [V], V-T3: when the leave in total exceeds
     * 1/7 of the course's hours the cadre is withdrawn (tuixue) at once, with a notice saying so.
     */
    public Transition recordLeave(BigDecimal hours, CreditRules rules) {
        if (status != EnrollmentStatus.ATTENDING) {
            return new Transition.Refused(Problem.of("leaveHours", LEAVE_NOT_ATTENDING));
        }
        if (hours == null || hours.signum() <= 0) {
            return new Transition.Refused(Problem.of("leaveHours", LEAVE_POSITIVE));
        }
        BigDecimal leave = leaveHours.add(hours);
        if (rules.leaveExceeded(leave, courseHours)) {
            Enrollment withdrawn = new Enrollment(
                    courseHours, courseDays, EnrollmentStatus.WITHDRAWN, leave, creditedHours, creditedDays);
            return new Transition.Moved(
                    withdrawn,
                    Optional.of(Problem.of(
                            "leaveHours", AUTO_WITHDRAWN, leave, rules.leaveDivisor(), rules.leaveLimit(courseHours))));
        }
        return moved(new Enrollment(courseHours, courseDays, status, leave, creditedHours, creditedDays));
    }

    /** DOMAIN §1.3 {@code leave_limit}: the most leave this course allows, to one decimal. */
    public BigDecimal leaveLimit(CreditRules rules) {
        return rules.leaveLimit(courseHours);
    }

    private Transition moveTo(EnrollmentStatus target) {
        if (!status.canMoveTo(target)) {
            return refuse(target);
        }
        return moved(new Enrollment(courseHours, courseDays, target, leaveHours, creditedHours, creditedDays));
    }

    private Transition refuse(EnrollmentStatus target) {
        return new Transition.Refused(Problem.of("status", illegalMoveKey(target)));
    }

    /** The refusal of a move to {@code target}, saying from which state alone it is allowed. */
    public static String illegalMoveKey(EnrollmentStatus target) {
        return ILLEGAL_MOVE + target.name();
    }

    private static Transition moved(Enrollment enrollment) {
        return new Transition.Moved(enrollment, Optional.empty());
    }
}
