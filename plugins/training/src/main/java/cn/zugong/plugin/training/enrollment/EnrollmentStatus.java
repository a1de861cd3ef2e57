package cn.zugong.plugin.training.enrollment;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The states of an enrollment and the moves between them, exactly as DOMAIN §1.4 draws them:
 *
 * <pre>
 * planned -> selected -> attending
 * attending -> completed -> credited -> archived
 * attending -> withdrawn   (automatic when leave exceeds 1/7 of the hours, T7)
 * attending -> failed
 * credited -> revoked      ([I] e.g. falsified attendance)
 * </pre>
 *
 * Labels: {@code training.status.<NAME>}.
 */
public enum EnrollmentStatus {
    /** jihua. */
    PLANNED,
    /** xuandiao/baoming. */
    SELECTED,
    /** zaixun. */
    ATTENDING,
    /** jieye. */
    COMPLETED,
    /** xueshi rending: the only state, with {@link #ARCHIVED}, whose hours count. */
    CREDITED,
    /** guidang. */
    ARCHIVED,
    /** tuixue. */
    WITHDRAWN,
    /** kaohe buhege. */
    FAILED,
    /** chexiao rending. */
    REVOKED;

    /** The states this one may move to; none for a final state. */
    public Set<EnrollmentStatus> next() {
        return switch (this) {
            case PLANNED -> EnumSet.of(SELECTED);
            case SELECTED -> EnumSet.of(ATTENDING);
            case ATTENDING -> EnumSet.of(COMPLETED, WITHDRAWN, FAILED);
            case COMPLETED -> EnumSet.of(CREDITED);
            case CREDITED -> EnumSet.of(ARCHIVED, REVOKED);
            case ARCHIVED, WITHDRAWN, FAILED, REVOKED -> EnumSet.noneOf(EnrollmentStatus.class);
        };
    }

    public boolean canMoveTo(EnrollmentStatus target) {
        return next().contains(target);
    }

    /** Whether the enrollment's hours count towards the cadre's requirement (rending and not revoked). */
    public boolean credited() {
        return this == CREDITED || this == ARCHIVED;
    }

    /** The course result (jieye/buhege/tuixue) this state stands for, once there is one. */
    public Optional<EnrollmentResult> result() {
        return switch (this) {
            case COMPLETED, CREDITED, ARCHIVED, REVOKED -> Optional.of(EnrollmentResult.COMPLETED);
            case FAILED -> Optional.of(EnrollmentResult.FAILED);
            case WITHDRAWN -> Optional.of(EnrollmentResult.WITHDRAWN);
            case PLANNED, SELECTED, ATTENDING -> Optional.empty();
        };
    }

    public String messageKey() {
        return "training.status." + name();
    }
}
