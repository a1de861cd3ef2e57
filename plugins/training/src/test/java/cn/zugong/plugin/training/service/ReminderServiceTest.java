package cn.zugong.plugin.training.service;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.OTHER_COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.course;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.Steps;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.plugin.training.ui.TrainingViews;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Item 8 of the issue: the officers are reminded of cadres falling behind ([I] pace rule, national
 * values: half of the year's requirement from 1 July) through a platform notice per period with
 * their number, leading to the shortfall list, replaced as the number changes and withdrawn once
 * every cadre is on pace.
 */
class ReminderServiceTest {

    private static final LocalDate JULY = LocalDate.of(2025, 7, 1);

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, JULY);
    private final Steps steps = new Steps(platform, COUNTY);
    private final ReminderService reminders = new ReminderService(platform, TrainingViews.MANAGE);

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void aTownshipCadreBelowHalfOfTheYearOnTheFirstOfJulyIsNoticedUntilOnPace() {
        CadreRef cadre = platform.cadre(Fixtures.cadre("Li Si", "TOWNSHIP_DEPUTY"), null);
        steps.credited(course("Spring class", CourseMode.CONCENTRATED, JULY, 3, "24"), cadre);
        steps.credited(course("Online", CourseMode.ONLINE, JULY, 0, "30"), cadre);

        CadreRef onPace = platform.cadre(Fixtures.cadre("Wang Wu", "TOWNSHIP_DEPUTY"), null);
        steps.credited(course("Long class", CourseMode.CONCENTRATED, JULY, 6, "45"), onPace);
        steps.credited(course("Online", CourseMode.ONLINE, JULY, 0, "25"), onPace);

        assertThat(reminders.run(COUNTY).behind()).isEqualTo(1);

        assertThat(platform.notices(COUNTY)).containsOnlyKeys("behind/year");
        assertThat(platform.notices(COUNTY).get("behind/year")).satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("training.notice.behind.year");
            assertThat(n.args()).containsExactly("1", "2025", "50%");
            assertThat(n.route()).isEqualTo("training/shortfall");
            assertThat(n.audience()).isEqualTo(TrainingViews.MANAGE);
        });
        assertThat(new StandingService(platform).lagging(COUNTY, JULY))
                .singleElement()
                .satisfies(l -> {
                    assertThat(l.assessment().cadre().name()).isEqualTo("Li Si");
                    assertThat(l.behind().expectedHours()).isEqualByComparingTo("45");
                    assertThat(l.behind().achievedHours()).isEqualByComparingTo("24");
                });

        steps.credited(course("Summer class", CourseMode.CONCENTRATED, JULY, 3, "24"), cadre);
        reminders.run(COUNTY);
        assertThat(platform.notices(COUNTY)).isEmpty();
    }

    @Test
    void nothingIsExpectedBeforeTheFirstCheckpointAndAnotherCountyIsNotTouched() {
        platform.today(LocalDate.of(2025, 6, 30));
        platform.cadre(Fixtures.cadre("Wang Wu", "TOWNSHIP_DEPUTY"), null);
        platform.cadre(Fixtures.cadre(OTHER_COUNTY, "Zhao Liu", "TOWNSHIP_DEPUTY"), null);

        assertThat(reminders.run(COUNTY).behind()).isZero();
        assertThat(platform.notices(COUNTY)).isEmpty();

        platform.today(JULY);
        reminders.run(COUNTY);
        assertThat(platform.notices(COUNTY)).hasSize(1);
        assertThat(platform.notices(OTHER_COUNTY)).isEmpty();
    }

    @Test
    void rulesTheCountyCannotUseLeaveTheNoticesAsTheyWere() {
        platform.cadre(Fixtures.cadre("Li Si", "TOWNSHIP_DEPUTY"), null);
        reminders.run(COUNTY);
        assertThat(platform.notices(COUNTY)).containsOnlyKeys("behind/year");

        platform.rulePacks().override(COUNTY, "pace.year.checkpoints", "July:half");
        assertThat(reminders.run(COUNTY).behind()).isZero();

        assertThat(platform.notices(COUNTY)).containsOnlyKeys("behind/year");
    }
}
