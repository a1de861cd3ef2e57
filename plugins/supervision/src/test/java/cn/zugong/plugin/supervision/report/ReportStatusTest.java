package cn.zugong.plugin.supervision.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** DOMAIN §4.10, PetitionReport's state machine. */
class ReportStatusTest {

    @Test
    void aReportGoesFromReceiptThroughTriageAssignmentAndInvestigationToTheArchive() {
        assertThat(ReportStatus.RECEIVED.next()).containsExactly(ReportStatus.REGISTERED);
        assertThat(ReportStatus.REGISTERED.next())
                .containsExactlyInAnyOrder(
                        ReportStatus.ACCEPTED,
                        ReportStatus.REDIRECTED,
                        ReportStatus.INSUFFICIENT,
                        ReportStatus.ANSWERED_FROM_CLOSURE);
        assertThat(ReportStatus.ACCEPTED.next()).containsExactly(ReportStatus.ASSIGNED);
        assertThat(ReportStatus.ASSIGNED.next()).containsExactly(ReportStatus.INVESTIGATING);
        assertThat(ReportStatus.INVESTIGATING.next())
                .containsExactlyInAnyOrder(ReportStatus.EXTENSION_REQUESTED, ReportStatus.CONCLUDED);
        assertThat(ReportStatus.EXTENSION_REQUESTED.next()).containsExactly(ReportStatus.INVESTIGATING);
        assertThat(ReportStatus.CONCLUDED.next())
                .containsExactlyInAnyOrder(ReportStatus.FEEDBACK_GIVEN, ReportStatus.CLOSED);
        assertThat(ReportStatus.FEEDBACK_GIVEN.next()).containsExactly(ReportStatus.CLOSED);
        assertThat(ReportStatus.CLOSED.next()).containsExactly(ReportStatus.ARCHIVED);
        assertThat(ReportStatus.ARCHIVED.next()).isEmpty();
    }

    @Test
    void aClosedReportIsNeverReopenedAndNoStepIsSkipped() {
        for (ReportStatus status : EnumSet.complementOf(EnumSet.of(ReportStatus.RECEIVED))) {
            assertThat(status.next()).as(status.name()).doesNotContain(ReportStatus.RECEIVED, ReportStatus.REGISTERED);
        }
        assertThat(ReportStatus.REGISTERED.next()).doesNotContain(ReportStatus.ASSIGNED, ReportStatus.INVESTIGATING);
        assertThat(ReportStatus.ACCEPTED.next()).doesNotContain(ReportStatus.CONCLUDED);
    }

    @Test
    void triagedOutReportsAndAnsweredRepeatsOnlyGoToTheArchive() {
        for (ReportStatus status :
                EnumSet.of(ReportStatus.REDIRECTED, ReportStatus.INSUFFICIENT, ReportStatus.ANSWERED_FROM_CLOSURE)) {
            assertThat(status.next()).containsExactly(ReportStatus.ARCHIVED);
            assertThat(status.open()).isFalse();
        }
    }

    @Test
    void onlyClosedAndArchivedReportsCountAsClosedForARepeat() {
        assertThat(EnumSet.allOf(ReportStatus.class).stream().filter(ReportStatus::closed))
                .containsExactlyInAnyOrder(ReportStatus.CLOSED, ReportStatus.ARCHIVED);
    }

    @Test
    void theHandlingTypeJuHanIsAWrittenInquiryAndEveryOtherAVerification() {
        assertThat(HandlingType.JU_HAN.inquiry()).isTrue();
        EnumSet.complementOf(EnumSet.of(HandlingType.JU_HAN))
                .forEach(t -> assertThat(t.inquiry()).as(t.name()).isFalse());
    }
}
