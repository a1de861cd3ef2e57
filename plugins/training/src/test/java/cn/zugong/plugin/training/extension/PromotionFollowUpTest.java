package cn.zugong.plugin.training.extension;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static cn.zugong.plugin.training.testing.Fixtures.course;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.event.CadreEvent;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.data.FollowUpEntry;
import cn.zugong.plugin.training.followup.FollowUpStatus;
import cn.zugong.plugin.training.service.FollowUpService;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.Steps;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.plugin.training.ui.TrainingViews;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PromotionFollowUpTest {

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY);
    private final Steps steps = new Steps(platform, COUNTY);
    private final PromotionListener listener = new PromotionListener(platform);
    private final ReminderJob job = new ReminderJob(platform);
    private final FollowUpService followUps = new FollowUpService(platform);

    @AfterEach
    void close() {
        platform.close();
    }

    /** The cadre appointed to a county-level post today, as the registry shows it after the decision. */
    private CadreEvent.Appointed promoted(CadreRef cadre, boolean promotion) {
        platform.update(Fixtures.atLevel(cadre, "COUNTY_DEPUTY"));
        return new CadreEvent.Appointed(
                COUNTY, cadre.id(), UUID.randomUUID(), TODAY, UUID.randomUUID(), promotion, true, "Doc 1");
    }

    @Test
    void aPromotionWithTheRequirementUnmetRecordsAMakeUpDeadlineAYearLater() {
        // DOMAIN T2, V-T5: unmet at promotion -> complete within 12 months (promotion.makeUp.months).
        CadreRef cadre = platform.cadre(Fixtures.cadre("Promoted", "TOWNSHIP_PRINCIPAL"), null);
        steps.credited(course("Class", CourseMode.CONCENTRATED, TODAY, 12, "90"), cadre);
        CadreEvent.Appointed event = promoted(cadre, true);

        listener.on(event);
        listener.on(event);

        assertThat(followUps.ofCadre(COUNTY, cadre.id())).singleElement().satisfies(f -> {
            assertThat(f.caseId()).isEqualTo(event.caseId());
            assertThat(f.followUp().appointedOn()).isEqualTo(TODAY);
            assertThat(f.followUp().deadline()).isEqualTo(LocalDate.of(2026, 6, 16));
            assertThat(f.followUp().remindFrom()).isEqualTo(LocalDate.of(2026, 5, 17));
            assertThat(f.status()).isEqualTo(FollowUpStatus.PENDING);
            assertThat(f.reminded()).isFalse();
            assertThat(f.hoursGap()).isEqualByComparingTo("460");
        });
        assertThat(platform.audited())
                .filteredOn(a -> a.action().equals("followUp.open"))
                .hasSize(1);
    }

    @Test
    void noFollowUpWithoutAPromotionOrWithTheRequirementMet() {
        // DOMAIN T2 concerns promotions only, and only when the requirement is unmet.
        CadreRef transferred = platform.cadre(Fixtures.cadre("Transferred", "COUNTY_DEPUTY"), null);
        listener.on(promoted(transferred, false));
        CadreRef ready = platform.cadre(Fixtures.cadre("Ready", "TOWNSHIP_PRINCIPAL"), null);
        steps.credited(course("Long class", CourseMode.FULL_TIME, TODAY, 70, "550"), ready);
        listener.on(promoted(ready, true));

        assertThat(followUps.ofCadre(COUNTY, transferred.id())).isEmpty();
        assertThat(followUps.ofCadre(COUNTY, ready.id())).isEmpty();
    }

    @Test
    void theDailyJobRaisesTheReminderWhenDueThenRecordsTheCadreBehindScheduleThenCompletion() {
        // DOMAIN V-T5: remind 30 days before the deadline (promotion.reminder.days); after it, overdue.
        CadreRef cadre = platform.cadre(Fixtures.cadre("Promoted", "TOWNSHIP_PRINCIPAL"), null);
        listener.on(promoted(cadre, true));

        platform.today(LocalDate.of(2026, 5, 16));
        job.run(COUNTY);
        assertThat(followUps.alerts(COUNTY)).isEmpty();

        platform.today(LocalDate.of(2026, 5, 17));
        job.run(COUNTY);
        FollowUpEntry due = followUps.alerts(COUNTY).getFirst();
        assertThat(due.status()).isEqualTo(FollowUpStatus.REMINDER_DUE);
        assertThat(due.reminded()).isTrue();
        assertThat(due.remindedOn()).contains(LocalDate.of(2026, 5, 17));
        assertThat(due.hoursGap()).isEqualByComparingTo("550");
        assertThat(platform.audited())
                .filteredOn(a -> a.action().equals("followUp.remind"))
                .hasSize(1);
        // Item 8: the officers get a notice, linking to the cadre's training record.
        assertThat(platform.notices(COUNTY)).hasEntrySatisfying("followup/" + due.id(), n -> {
            assertThat(n.messageKey()).isEqualTo("training.notice.followUp.REMINDER_DUE");
            assertThat(n.args()).containsExactly("Promoted", "2026-06-16", "550");
            assertThat(n.route()).isEqualTo("training/cadre?cadre=" + cadre.id());
            assertThat(n.audience()).isEqualTo(TrainingViews.MANAGE);
        });

        platform.today(LocalDate.of(2026, 6, 17));
        job.run(COUNTY);
        FollowUpEntry overdue = followUps.alerts(COUNTY).getFirst();
        assertThat(overdue.status()).isEqualTo(FollowUpStatus.OVERDUE);
        assertThat(overdue.remindedOn()).contains(LocalDate.of(2026, 5, 17));
        assertThat(platform.notices(COUNTY).get("followup/" + due.id()).messageKey())
                .isEqualTo("training.notice.followUp.OVERDUE");

        steps.credited(course("Make-up class", CourseMode.FULL_TIME, LocalDate.of(2026, 6, 17), 70, "550"), cadre);
        job.run(COUNTY);
        assertThat(followUps.alerts(COUNTY)).isEmpty();
        assertThat(followUps.ofCadre(COUNTY, cadre.id())).singleElement().satisfies(f -> assertThat(f.status())
                .isEqualTo(FollowUpStatus.COMPLETED));
        assertThat(platform.notices(COUNTY))
                .as("the notice is withdrawn once met")
                .isEmpty();
    }
}
