package cn.zugong.plugin.rotation.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.plugin.rotation.Problem;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExchangeChecksTest {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private static ExchangeFile file(
            String sending,
            String receiving,
            String talk,
            LocalDate handover,
            LocalDate report,
            boolean relations,
            LocalDate appointed) {
        return new ExchangeFile(
                sending,
                receiving,
                talk,
                Optional.ofNullable(talk.isEmpty() ? null : DAY),
                Optional.ofNullable(handover),
                Optional.ofNullable(report),
                relations,
                relations,
                relations,
                false,
                Optional.ofNullable(appointed));
    }

    @Test
    void thePathRunsFromTheDraftedPlanToClosedOneStepAtATime() {
        assertThat(ExchangeStatus.PLAN_DRAFTED.forward()).contains(ExchangeStatus.UNITS_CONSULTED);
        assertThat(ExchangeStatus.RELATIONS_TRANSFERRED.forward()).contains(ExchangeStatus.CLOSED);
        assertThat(ExchangeStatus.CLOSED.forward()).isEmpty();
        assertThat(ExchangeStatus.CANCELLED.forward()).isEmpty();
        assertThat(ExchangeChecks.enter(ExchangeStatus.PLAN_DRAFTED, ExchangeStatus.DECIDED, full()))
                .extracting(Problem::key)
                .containsExactly("rotation.exchange.error.order");
    }

    @Test
    void unitsAreConsultedOnlyWithBothOpinions() {
        assertThat(ExchangeChecks.enter(
                        ExchangeStatus.PLAN_DRAFTED,
                        ExchangeStatus.UNITS_CONSULTED,
                        file("同意", "", "", null, null, false, null)))
                .extracting(Problem::field)
                .containsExactly("receivingOpinion");
        assertThat(ExchangeChecks.enter(
                        ExchangeStatus.PLAN_DRAFTED,
                        ExchangeStatus.UNITS_CONSULTED,
                        file("同意", "同意", "", null, null, false, null)))
                .isEmpty();
    }

    @Test
    void theTalkTheHandoverAndTheReportEachNeedTheirRecordAndTheReportComesAfterTheHandover() {
        assertThat(ExchangeChecks.enter(
                        ExchangeStatus.DECIDED, ExchangeStatus.TALKED, file("a", "b", "", null, null, false, null)))
                .extracting(Problem::field)
                .containsExactly("talkRecord", "talkedOn");
        assertThat(ExchangeChecks.enter(
                        ExchangeStatus.TALKED,
                        ExchangeStatus.HANDED_OVER,
                        file("a", "b", "谈话", null, null, false, null)))
                .extracting(Problem::field)
                .containsExactly("handedOverOn");
        assertThat(ExchangeChecks.enter(
                        ExchangeStatus.HANDED_OVER,
                        ExchangeStatus.REPORTED,
                        file("a", "b", "谈话", DAY, DAY.minusDays(1), false, null)))
                .extracting(Problem::key)
                .containsExactly("rotation.exchange.error.reportBeforeHandover");
        assertThat(ExchangeChecks.enter(
                        ExchangeStatus.HANDED_OVER,
                        ExchangeStatus.REPORTED,
                        file("a", "b", "谈话", DAY, DAY, false, null)))
                .isEmpty();
    }

    @Test
    void relationsMustAllBeTransferredAndTheCaseClosesOnlyWithTheNewPostInTheRegistry() {
        ExchangeFile partly = new ExchangeFile(
                "a",
                "b",
                "c",
                Optional.of(DAY),
                Optional.of(DAY),
                Optional.of(DAY),
                true,
                true,
                false,
                false,
                Optional.empty());
        assertThat(ExchangeChecks.enter(ExchangeStatus.REPORTED, ExchangeStatus.RELATIONS_TRANSFERRED, partly))
                .extracting(Problem::field)
                .containsExactly("relations");
        ExchangeFile notAppointed = file("a", "b", "c", DAY, DAY, true, null);
        assertThat(ExchangeChecks.enter(ExchangeStatus.RELATIONS_TRANSFERRED, ExchangeStatus.CLOSED, notAppointed))
                .extracting(Problem::key)
                .containsExactly("rotation.exchange.error.notInRegistry");
        assertThat(ExchangeChecks.enter(ExchangeStatus.RELATIONS_TRANSFERRED, ExchangeStatus.CLOSED, full()))
                .isEmpty();
    }

    @Test
    void anOpenCaseMayBeCancelledAndAnEndedOneMovesNoMore() {
        assertThat(ExchangeChecks.enter(ExchangeStatus.TALKED, ExchangeStatus.CANCELLED, ExchangeFile.empty()))
                .isEmpty();
        assertThat(ExchangeChecks.enter(ExchangeStatus.CANCELLED, ExchangeStatus.CLOSED, full()))
                .extracting(Problem::key)
                .containsExactly("rotation.exchange.error.ended");
        assertThat(ExchangeChecks.enter(ExchangeStatus.CLOSED, ExchangeStatus.CANCELLED, full()))
                .extracting(Problem::key)
                .containsExactly("rotation.exchange.error.ended");
    }

    @Test
    void aTextLongerThanTheLimitIsRefused() {
        String tooLong = "意".repeat(ExchangeFile.MAX_TEXT + 1);
        assertThat(ExchangeChecks.enter(
                        ExchangeStatus.PLAN_DRAFTED,
                        ExchangeStatus.UNITS_CONSULTED,
                        file(tooLong, "同意", "", null, null, false, null)))
                .extracting(Problem::key)
                .containsExactly("rotation.exchange.error.tooLong");
    }

    private static ExchangeFile full() {
        return file("同意", "同意", "谈话", DAY, DAY, true, DAY);
    }
}
