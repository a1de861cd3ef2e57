package cn.zugong.plugin.training.enrollment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.rules.CreditRules;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EnrollmentTest {

    private final CreditRules rules = CreditRules.national();

    private static Enrollment in(EnrollmentStatus status, String courseHours) {
        return new Enrollment(new BigDecimal(courseHours), 10, status, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    private static Enrollment moved(Transition transition) {
        assertThat(transition).isInstanceOf(Transition.Moved.class);
        return ((Transition.Moved) transition).enrollment();
    }

    private static Problem refused(Transition transition) {
        assertThat(transition).isInstanceOf(Transition.Refused.class);
        return ((Transition.Refused) transition).reason();
    }

    @Test
    void aCourseRunsFromPlannedToArchivedAndCreditsItsHoursOnlyOnceCredited() {
        // DOMAIN §1.4: planned -> selected -> attending -> completed -> credited -> archived.
        Enrollment e = in(EnrollmentStatus.PLANNED, "70");
        e = moved(e.select());
        e = moved(e.attend());
        e = moved(e.complete());
        assertThat(e.status()).isEqualTo(EnrollmentStatus.COMPLETED);
        assertThat(e.creditedHours()).isEqualByComparingTo("0");
        assertThat(e.status().credited()).isFalse();
        e = moved(e.credit());
        assertThat(e.creditedHours()).isEqualByComparingTo("70");
        assertThat(e.creditedDays()).isEqualTo(10);
        assertThat(e.status().credited()).isTrue();
        e = moved(e.archive());
        assertThat(e.status()).isEqualTo(EnrollmentStatus.ARCHIVED);
        assertThat(e.creditedHours()).isEqualByComparingTo("70");
        assertThat(e.status().credited()).isTrue();
    }

    @Test
    void hoursCannotBeCreditedBeforeTheCourseIsCompleted() {
        // DOMAIN §1.4: only completed -> credited.
        for (EnrollmentStatus status : EnumSet.complementOf(EnumSet.of(EnrollmentStatus.COMPLETED))) {
            assertThat(refused(in(status, "70").credit()).key())
                    .as(status.name())
                    .isEqualTo(Enrollment.illegalMoveKey(EnrollmentStatus.CREDITED));
        }
    }

    @Test
    void stepsCannotBeSkipped() {
        assertThat(refused(in(EnrollmentStatus.PLANNED, "70").attend()).key())
                .isEqualTo("training.enrollment.illegalMove.ATTENDING");
        assertThat(refused(in(EnrollmentStatus.SELECTED, "70").complete()).field())
                .isEqualTo("status");
        assertThat(refused(in(EnrollmentStatus.COMPLETED, "70").archive()).key())
                .isEqualTo("training.enrollment.illegalMove.ARCHIVED");
    }

    @Test
    void onlyAnAttendingParticipantCanFailOrBeWithdrawn() {
        // DOMAIN §1.4: attending -> failed, attending -> withdrawn.
        assertThat(moved(in(EnrollmentStatus.ATTENDING, "70").fail()).status()).isEqualTo(EnrollmentStatus.FAILED);
        assertThat(moved(in(EnrollmentStatus.ATTENDING, "70").withdraw()).status())
                .isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(refused(in(EnrollmentStatus.SELECTED, "70").fail()).key())
                .isEqualTo("training.enrollment.illegalMove.FAILED");
        assertThat(refused(in(EnrollmentStatus.COMPLETED, "70").withdraw()).key())
                .isEqualTo("training.enrollment.illegalMove.WITHDRAWN");
    }

    @Test
    void finalStatesLeadNowhere() {
        for (EnrollmentStatus status : EnumSet.of(
                EnrollmentStatus.ARCHIVED,
                EnrollmentStatus.WITHDRAWN,
                EnrollmentStatus.FAILED,
                EnrollmentStatus.REVOKED)) {
            assertThat(status.next()).as(status.name()).isEmpty();
        }
    }

    @Test
    void theResultFollowsTheStatus() {
        // DOMAIN §1.3 result: 结业 / 不合格 / 退学.
        assertThat(EnrollmentStatus.ATTENDING.result()).isEmpty();
        assertThat(EnrollmentStatus.CREDITED.result()).contains(EnrollmentResult.COMPLETED);
        assertThat(EnrollmentStatus.FAILED.result()).contains(EnrollmentResult.FAILED);
        assertThat(EnrollmentStatus.WITHDRAWN.result()).contains(EnrollmentResult.WITHDRAWN);
    }

    @Test
    void revokingCreditedHoursTakesThemAwayAndNeedsAReason() {
        // DOMAIN §1.4 [I]: credited -> revoked, e.g. falsified attendance.
        Enrollment credited = moved(in(EnrollmentStatus.COMPLETED, "70").credit());
        assertThat(refused(credited.revoke(" ")).key()).isEqualTo(Enrollment.REVOKE_REASON_REQUIRED);
        Enrollment revoked = moved(credited.revoke("Attendance sheet falsified"));
        assertThat(revoked.status()).isEqualTo(EnrollmentStatus.REVOKED);
        assertThat(revoked.creditedHours()).isEqualByComparingTo("0");
        assertThat(revoked.creditedDays()).isZero();
        assertThat(revoked.status().credited()).isFalse();
    }

    @Test
    void archivedHoursCannotBeRevokedAsTheDiagramHasNoSuchMove() {
        // DOMAIN §1.4 draws credited -> revoked only.
        Enrollment archived = in(EnrollmentStatus.ARCHIVED, "70");
        assertThat(refused(archived.revoke("reason")).key()).isEqualTo("training.enrollment.illegalMove.REVOKED");
    }

    @Test
    void leaveOfExactlyOneSeventhOfTheHoursKeepsTheParticipantAttending() {
        // DOMAIN T7: total leave ≤ 1/7 of total 学时 is allowed; 70 hours allow 10.
        Transition t = in(EnrollmentStatus.ATTENDING, "70").recordLeave(new BigDecimal("10"), rules);
        Enrollment e = moved(t);
        assertThat(e.status()).isEqualTo(EnrollmentStatus.ATTENDING);
        assertThat(e.leaveHours()).isEqualByComparingTo("10");
        assertThat(((Transition.Moved) t).notice()).isEmpty();
    }

    @Test
    void leaveJustOverOneSeventhWithdrawsTheParticipantAutomatically() {
        // DOMAIN T7, V-T3: leave_hours > total_hours/7 → withdrawn (退学).
        Transition t = in(EnrollmentStatus.ATTENDING, "70").recordLeave(new BigDecimal("10.1"), rules);
        Enrollment e = moved(t);
        assertThat(e.status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(e.status().result()).contains(EnrollmentResult.WITHDRAWN);
        assertThat(((Transition.Moved) t).notice()).hasValueSatisfying(n -> {
            assertThat(n.key()).isEqualTo(Enrollment.AUTO_WITHDRAWN);
            assertThat(n.args()).containsExactly("10.1", "7", "10");
        });
    }

    @Test
    void leaveAddsUpUntilItExceedsTheLimit() {
        // DOMAIN T7: "total leave"; 90 hours allow 12.857…
        UnaryOperator<Enrollment> fourHours = e -> moved(e.recordLeave(new BigDecimal("4"), rules));
        Enrollment e = fourHours.apply(fourHours.apply(fourHours.apply(in(EnrollmentStatus.ATTENDING, "90"))));
        assertThat(e.status()).isEqualTo(EnrollmentStatus.ATTENDING);
        assertThat(moved(e.recordLeave(new BigDecimal("0.8"), rules)).status()).isEqualTo(EnrollmentStatus.ATTENDING);
        assertThat(moved(e.recordLeave(new BigDecimal("0.9"), rules)).status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(e.leaveLimit(rules)).isEqualByComparingTo("12.8");
    }

    @Test
    void leaveIsRecordedOnlyWhileAttendingAndOnlyAsPositiveHours() {
        assertThat(refused(in(EnrollmentStatus.SELECTED, "70").recordLeave(BigDecimal.ONE, rules))
                        .key())
                .isEqualTo(Enrollment.LEAVE_NOT_ATTENDING);
        assertThat(refused(in(EnrollmentStatus.ATTENDING, "70").recordLeave(BigDecimal.ZERO, rules))
                        .key())
                .isEqualTo(Enrollment.LEAVE_POSITIVE);
    }

    @Test
    void aRefusalLeavesTheEnrollmentAsItWas() {
        Enrollment planned = in(EnrollmentStatus.PLANNED, "70");
        refused(planned.complete());
        assertThat(planned.status()).isEqualTo(EnrollmentStatus.PLANNED);
    }
}
