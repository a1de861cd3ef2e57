package cn.zugong.plugin.rotation.service;

import static cn.zugong.plugin.rotation.testing.Careers.FINANCE_BUREAU;
import static cn.zugong.plugin.rotation.testing.Careers.PARTY;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.PositionRef;
import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.indicator.Measure;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.data.Exchange;
import cn.zugong.plugin.rotation.data.SavedPlan;
import cn.zugong.plugin.rotation.exchange.ExchangeFile;
import cn.zugong.plugin.rotation.exchange.ExchangeStatus;
import cn.zugong.plugin.rotation.extension.ExchangeListener;
import cn.zugong.plugin.rotation.extension.ExchangesDone;
import cn.zugong.plugin.rotation.plan.Mover;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The exchange case of an approved move through its steps (DOMAIN §2.5): each step needs its record,
 * the case closes once relations are transferred and the platform reports the appointment to the
 * post, and then counts as an exchange done this year; Pidu sees and changes none of it.
 */
class ExchangeCasesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final String LEVEL = "COUNTY_DEPUTY";

    private final InMemoryPluginContext platform = RotationContext.create(CadreFixtures.WENJIANG, TODAY);
    private final ExchangeCases exchanges = new ExchangeCases(platform);
    private final CadreCareer due =
            platform.careers().put(career("张伟", held(PARTY, "副书记", LEVEL, false, TODAY.minusYears(10))));
    private final PositionRef finance = platform.careers()
            .vacancy(
                    CadreFixtures.WENJIANG,
                    new PositionRef(
                            UUID.randomUUID(),
                            FINANCE_BUREAU.id(),
                            FINANCE_BUREAU.name(),
                            "副局长",
                            Optional.of(LEVEL),
                            false,
                            false,
                            1));
    private Exchange exchange;

    @BeforeEach
    void approveAPlan() {
        PlanDrafts drafts = new PlanDrafts(platform);
        UUID id = drafts.create(CadreFixtures.WENJIANG, "轮岗方案").id().orElseThrow();
        SavedPlan empty = drafts.find(CadreFixtures.WENJIANG, id).orElseThrow();
        SavedPlan draft = new SavedPlan(
                id,
                empty.name(),
                empty.status(),
                Optional.empty(),
                Optional.empty(),
                empty.createdOn(),
                Optional.empty(),
                drafts.vacancies(),
                drafts.fromList(CadreFixtures.WENJIANG, Mover.Reason.MUST));
        SavedPlan solved =
                new PlanSolving(platform).solve(CadreFixtures.WENJIANG, draft).plan();
        assertThat(drafts.save(CadreFixtures.WENJIANG, solved, 0L, 0L)).isEmpty();
        assertThat(new PlanApproval(platform).approve(CadreFixtures.WENJIANG, id))
                .isEmpty();
        exchange = exchanges.list(CadreFixtures.WENJIANG).getFirst();
    }

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void theCaseStartsAtTheDraftedPlanAndEachStepNeedsItsRecord() {
        assertThat(exchange.status()).isEqualTo(ExchangeStatus.PLAN_DRAFTED);
        assertThat(exchanges.move(CadreFixtures.WENJIANG, exchange.id(), ExchangeStatus.UNITS_CONSULTED))
                .extracting(Problem::field)
                .containsExactly("sendingOpinion", "receivingOpinion");
        assertThat(exchanges.move(CadreFixtures.WENJIANG, exchange.id(), ExchangeStatus.TALKED))
                .extracting(Problem::key)
                .containsExactly("rotation.exchange.error.order");

        runTo(ExchangeStatus.RELATIONS_TRANSFERRED);

        assertThat(status())
                .as("not closed before the registry shows the post")
                .isEqualTo(ExchangeStatus.RELATIONS_TRANSFERRED);
        assertThat(exchanges.move(CadreFixtures.WENJIANG, exchange.id(), ExchangeStatus.CLOSED))
                .extracting(Problem::key)
                .containsExactly("rotation.exchange.error.notInRegistry");
        assertThat(new ExchangesDone(platform).measure(CadreFixtures.WENJIANG)).isEqualTo(new Measure(0, 1));
    }

    @Test
    void theAppointmentToThePostClosesTheCaseAndCountsAsAnExchangeDoneThisYear() {
        runTo(ExchangeStatus.RELATIONS_TRANSFERRED);
        ExchangeListener listener = new ExchangeListener(platform);
        listener.on(new CadreEvent.Appointed(
                CadreFixtures.WENJIANG,
                due.cadreId(),
                UUID.randomUUID(),
                TODAY,
                UUID.randomUUID(),
                false,
                false,
                "文1号"));
        assertThat(status()).as("another post").isEqualTo(ExchangeStatus.RELATIONS_TRANSFERRED);

        listener.on(new CadreEvent.Appointed(
                CadreFixtures.WENJIANG, due.cadreId(), exchange.caseId(), TODAY, finance.id(), false, false, "文2号"));

        Exchange closed = exchanges.find(CadreFixtures.WENJIANG, exchange.id()).orElseThrow();
        assertThat(closed.status()).isEqualTo(ExchangeStatus.CLOSED);
        assertThat(closed.file().appointedOn()).contains(TODAY);
        assertThat(closed.closedOn()).contains(TODAY);
        assertThat(new ExchangesDone(platform).measure(CadreFixtures.WENJIANG)).isEqualTo(new Measure(1, 1));
        assertThat(exchanges.move(CadreFixtures.WENJIANG, exchange.id(), ExchangeStatus.CANCELLED))
                .extracting(Problem::key)
                .containsExactly("rotation.exchange.error.ended");
    }

    @Test
    void anAppointmentRecordedEarlyClosesTheCaseAsSoonAsTheRelationsAreTransferred() {
        new ExchangeListener(platform)
                .on(new CadreEvent.Appointed(
                        CadreFixtures.WENJIANG,
                        due.cadreId(),
                        exchange.caseId(),
                        TODAY,
                        finance.id(),
                        false,
                        false,
                        "文3号"));
        assertThat(status()).isEqualTo(ExchangeStatus.PLAN_DRAFTED);

        runTo(ExchangeStatus.RELATIONS_TRANSFERRED);

        assertThat(status()).isEqualTo(ExchangeStatus.CLOSED);
    }

    @Test
    void piduSeesNoneOfWenjiangsExchangesAndCannotMoveThem() {
        platform.actAs(TestTenancy.writing(CadreFixtures.PIDU));
        assertThat(exchanges.list(CadreFixtures.PIDU)).isEmpty();
        assertThat(exchanges.move(CadreFixtures.PIDU, exchange.id(), ExchangeStatus.CANCELLED))
                .extracting(Problem::key)
                .containsExactly("rotation.exchange.error.notFound");
        assertThat(new ExchangesDone(platform).measure(CadreFixtures.PIDU)).isEqualTo(new Measure(0, 0));
        platform.actAs(TestTenancy.writing(CadreFixtures.WENJIANG));
        assertThat(status()).isEqualTo(ExchangeStatus.PLAN_DRAFTED);
    }

    private void runTo(ExchangeStatus last) {
        ExchangeFile file = new ExchangeFile(
                "同意调出",
                "同意调入",
                "已谈话，本人服从安排",
                Optional.of(TODAY),
                Optional.of(TODAY),
                Optional.of(TODAY),
                true,
                true,
                true,
                true,
                Optional.empty());
        assertThat(exchanges.record(CadreFixtures.WENJIANG, exchange.id(), file))
                .isEmpty();
        for (ExchangeStatus to : List.of(
                ExchangeStatus.UNITS_CONSULTED,
                ExchangeStatus.DECIDED,
                ExchangeStatus.TALKED,
                ExchangeStatus.HANDED_OVER,
                ExchangeStatus.REPORTED,
                ExchangeStatus.RELATIONS_TRANSFERRED)) {
            assertThat(exchanges.move(CadreFixtures.WENJIANG, exchange.id(), to))
                    .as(to.name())
                    .isEmpty();
            if (to == last) {
                return;
            }
        }
    }

    private ExchangeStatus status() {
        return exchanges
                .find(CadreFixtures.WENJIANG, exchange.id())
                .orElseThrow()
                .status();
    }
}
