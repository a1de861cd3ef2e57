package cn.zugong.plugin.reserve.service;

import static cn.zugong.testkit.context.CadreFixtures.PIDU;
import static cn.zugong.testkit.context.CadreFixtures.WENJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.career.AssessmentResult;
import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.fact.CadreFact;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.Candidate;
import cn.zugong.plugin.reserve.extension.AppointmentListener;
import cn.zugong.plugin.reserve.pool.PlanKind;
import cn.zugong.plugin.reserve.pool.ReviewOutcome;
import cn.zugong.plugin.reserve.rules.ExitReason;
import cn.zugong.plugin.reserve.testing.ReserveContext;
import cn.zugong.plugin.reserve.ui.ReserveViews;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Item 3, the pool kept alive (DOMAIN §3.4): 使用 on appointment, exits with the county's reasons,
 * the annual review reading the registry and the other modules' facts, development plans; item 6's
 * reminders; and none of it across the county wall.
 */
class PoolTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate REFERENCE = LocalDate.of(2025, 6, 30);

    private final InMemoryPluginContext platform = ReserveContext.create(WENJIANG, TODAY);
    private final CandidateService candidates = new CandidateService(platform, ConcealmentFacts.UNAVAILABLE);
    private final PoolService pool = new PoolService(platform);
    private final ReviewService reviews = new ReviewService(platform);
    private final CadreRef wang =
            ReserveContext.deputy(platform, WENJIANG, "王芳", LocalDate.of(1990, 3, 1), LocalDate.of(2022, 1, 1));
    // 正职后备 age limit 45 (gwyoo [P]): 李明 is 45 today and turns 46 on 2027-06-01, within 12 months.
    private final CadreRef li =
            ReserveContext.deputy(platform, WENJIANG, "李明", LocalDate.of(1981, 6, 1), LocalDate.of(2021, 1, 1));

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void anAppointmentThatPromotesAMemberClosesTheMembershipAsPromotedWithTheCase() {
        Batch batch = batch();
        Candidate member = approve(batch, wang);
        UUID selectionCase = UUID.randomUUID();
        AppointmentListener listener = new AppointmentListener(platform);

        listener.on(appointed(WENJIANG, li.id(), UUID.randomUUID(), true));
        listener.on(appointed(WENJIANG, wang.id(), UUID.randomUUID(), false));
        assertThat(candidate(batch, wang).state()).isEqualTo(CandidateState.APPROVED);

        listener.on(appointed(WENJIANG, wang.id(), selectionCase, true));

        Candidate promoted = candidate(batch, wang);
        assertThat(promoted.state()).isEqualTo(CandidateState.PROMOTED);
        assertThat(promoted.caseId()).contains(selectionCase);
        assertThat(promoted.stateSince()).isEqualTo(TODAY);
        assertThat(promoted.exitReason()).isEmpty();
        assertThat(pool.members(WENJIANG)).isEmpty();
        assertThat(pool.exit(WENJIANG, member.id(), ExitReason.TRANSFERRED))
                .extracting(Problem::key)
                .containsExactly("reserve.exit.notMember");
    }

    @Test
    void anotherCountysEventNeitherClosesNorSeesTheMembership() {
        Batch batch = batch();
        approve(batch, wang);

        pool.onAppointed(appointed(PIDU, wang.id(), UUID.randomUUID(), true));

        assertThat(candidate(batch, wang).state()).isEqualTo(CandidateState.APPROVED);
        Candidate member = candidate(batch, wang);
        platform.actAs(TestTenancy.writing(PIDU));
        assertThat(pool.members(PIDU)).isEmpty();
        assertThat(pool.exit(PIDU, member.id(), ExitReason.TRANSFERRED))
                .extracting(Problem::key)
                .containsExactly("reserve.exit.notMember");
        assertThatThrownBy(() -> pool.exit(WENJIANG, member.id(), ExitReason.TRANSFERRED))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anExitNeedsAReasonTheCountyOffersAndEndsTheMembership() {
        Batch batch = batch();
        Candidate member = approve(batch, wang);
        platform.rulePacks().override(WENJIANG, "exit.reasons", "OVER_AGE,TRANSFERRED");

        assertThat(pool.exit(WENJIANG, member.id(), ExitReason.DISCIPLINE))
                .extracting(Problem::key)
                .containsExactly("reserve.exit.notOffered");
        assertThat(pool.exit(WENJIANG, member.id(), ExitReason.TRANSFERRED)).isEmpty();

        Candidate left = candidate(batch, wang);
        assertThat(left.state()).isEqualTo(CandidateState.EXITED);
        assertThat(left.exitReason()).contains(ExitReason.TRANSFERRED);
        assertThat(platform.audited()).anySatisfy(e -> assertThat(e.action()).isEqualTo("member.exit"));
    }

    @Test
    void theAnnualReviewReadsTheGradeAndTheFactsAndAdvisesTheExit() {
        Batch batch = batch();
        Candidate member = approve(batch, wang);
        // DOMAIN §3.4: 年度考核 基本称职 is an exit reason [I].
        ReserveContext.file(
                platform,
                wang,
                "FEMALE",
                "CPC_MEMBER",
                "UNIVERSITY",
                new AssessmentResult(2025, "BASICALLY_COMPETENT"));
        platform.cadreFacts()
                .add((county, cadre) -> List.of(
                        new CadreFact("training.behind", cadre, "training", TODAY, "training.fact.behind", List.of())));

        ReviewService.Reading reading = reviews.read(WENJIANG, member, 2025);

        assertThat(reading.grade()).contains("BASICALLY_COMPETENT");
        assertThat(reading.training()).containsExactly("training.behind");
        assertThat(reading.measures()).isEmpty();
        assertThat(reading.advice()).containsExactly(ExitReason.ASSESSMENT);

        assertThat(reviews.review(WENJIANG, member, 2025, Optional.of(ExitReason.ASSESSMENT), Optional.of("考核基本称职")))
                .isEmpty();
        assertThat(candidate(batch, wang).state()).isEqualTo(CandidateState.EXITED);
        assertThat(reviews.reviews(WENJIANG, member.id())).singleElement().satisfies(r -> {
            assertThat(r.outcome()).isEqualTo(ReviewOutcome.EXITED);
            assertThat(r.grade()).contains("BASICALLY_COMPETENT");
            assertThat(r.training()).contains("training.behind");
        });
    }

    @Test
    void aMemberIsDueUntilReviewedForLastYearAndNotTwice() {
        Batch batch = batch();
        Candidate member = approve(batch, wang);
        platform.today(LocalDate.of(2027, 1, 15));

        assertThat(reviews.reviewYear()).isEqualTo(2026);
        assertThat(reviews.due(WENJIANG)).extracting(Candidate::name).containsExactly("王芳");
        assertThat(reviews.review(WENJIANG, member, 2026, Optional.empty(), Optional.empty()))
                .isEmpty();
        assertThat(reviews.due(WENJIANG)).isEmpty();
        assertThat(reviews.review(WENJIANG, member, 2026, Optional.empty(), Optional.empty()))
                .extracting(Problem::key)
                .containsExactly("reserve.review.already");
        assertThat(candidate(batch, wang).state()).isEqualTo(CandidateState.APPROVED);
    }

    @Test
    void remindersForReviewsDueAndTheAgeLimitAreWithdrawnOnceTheyNoLongerApply() {
        Batch batch = batch();
        Candidate w = approve(batch, wang);
        approve(batch, li);
        platform.today(LocalDate.of(2027, 1, 15));
        ReminderService reminders = new ReminderService(platform, ReserveViews.MANAGE);

        ReminderService.Run run = reminders.run(WENJIANG);

        assertThat(run).isEqualTo(new ReminderService.Run(2, 1));
        assertThat(platform.notices(WENJIANG).values())
                .extracting(n -> n.messageKey())
                .containsExactlyInAnyOrder(
                        "reserve.notice.reviewDue", "reserve.notice.reviewDue", "reserve.notice.ageLimit");
        reviews.review(WENJIANG, w, 2026, Optional.empty(), Optional.empty());
        // 46 on 2027-06-01: over the limit, so no longer nearing it.
        platform.today(LocalDate.of(2027, 6, 1));
        assertThat(reminders.run(WENJIANG)).isEqualTo(new ReminderService.Run(1, 0));
        assertThat(platform.notices(WENJIANG)).hasSize(1);
    }

    @Test
    void theAgeLimitCountsFullYearsTheDayBeforeTheBirthdayIsStillWithin() {
        Batch batch = batch();
        approve(batch, li);
        // 李明 turns 45 on 2026-06-01 and 46 on 2027-06-01: 12 months ahead of 2026-05-31 he is
        // still 45 (within the limit), 12 months ahead of 2026-06-01 he is 46.
        platform.today(LocalDate.of(2026, 5, 31));
        assertThat(reviews.nearingAgeLimit(WENJIANG)).isEmpty();
        platform.today(LocalDate.of(2026, 6, 1));
        assertThat(reviews.nearingAgeLimit(WENJIANG))
                .extracting(Candidate::name)
                .containsExactly("李明");
    }

    @Test
    void aDevelopmentPlanKeepsItsItemsInDateOrderAndRefusesAnEndBeforeTheStart() {
        Batch batch = batch();
        Candidate member = approve(batch, wang);

        assertThat(reviews.plan(
                        WENJIANG,
                        member,
                        PlanKind.SECONDMENT,
                        "到乡镇挂职",
                        LocalDate.of(2026, 3, 1),
                        Optional.of(LocalDate.of(2026, 2, 1)),
                        Optional.empty()))
                .extracting(Problem::key)
                .containsExactly("reserve.plan.endBeforeStart");
        assertThat(reviews.plan(
                        WENJIANG,
                        member,
                        PlanKind.SECONDMENT,
                        "到乡镇挂职",
                        LocalDate.of(2026, 3, 1),
                        Optional.of(LocalDate.of(2026, 12, 1)),
                        Optional.of("优秀")))
                .isEmpty();
        assertThat(reviews.plan(
                        WENJIANG,
                        member,
                        PlanKind.TRAINING,
                        "区委党校中青班",
                        LocalDate.of(2026, 1, 5),
                        Optional.empty(),
                        Optional.empty()))
                .isEmpty();

        assertThat(reviews.plan(
                        WENJIANG,
                        member,
                        PlanKind.HARD_TASK,
                        "抢".repeat(201),
                        LocalDate.of(2026, 4, 1),
                        Optional.empty(),
                        Optional.empty()))
                .extracting(Problem::key)
                .containsExactly("reserve.plan.tooLong");
        assertThat(reviews.plans(WENJIANG, member.id()))
                .extracting(p -> p.kind())
                .containsExactly(PlanKind.TRAINING, PlanKind.SECONDMENT);
        platform.actAs(TestTenancy.writing(PIDU));
        assertThat(reviews.plans(PIDU, member.id())).isEmpty();
    }

    private Batch batch() {
        BatchService batches = new BatchService(platform);
        assertThat(batches.create(WENJIANG, 2025, "PRINCIPAL", REFERENCE)).isEmpty();
        return batches.batches(WENJIANG).get(0);
    }

    private Candidate approve(Batch batch, CadreRef cadre) {
        assertThat(candidates.nominate(
                        WENJIANG,
                        batch.id(),
                        new Nomination(cadre.id(), NominationSource.ORGANIZATION, Optional.empty(), Horizon.NEAR)))
                .isEmpty();
        for (CandidateState step :
                List.of(CandidateState.INSPECTED, CandidateState.PUBLICIZED, CandidateState.APPROVED)) {
            assertThat(candidates.move(WENJIANG, candidate(batch, cadre), step, Optional.empty()))
                    .isEmpty();
        }
        return candidate(batch, cadre);
    }

    private Candidate candidate(Batch batch, CadreRef cadre) {
        return candidates.candidates(WENJIANG, batch.id()).stream()
                .filter(c -> c.cadreId().equals(cadre.id()))
                .findFirst()
                .orElseThrow();
    }

    private static CadreEvent.Appointed appointed(
            cn.zugong.api.tenant.TenantId county, UUID cadre, UUID selectionCase, boolean promotion) {
        return new CadreEvent.Appointed(
                county, cadre, selectionCase, TODAY, UUID.randomUUID(), promotion, false, "温委〔2026〕1号");
    }
}
