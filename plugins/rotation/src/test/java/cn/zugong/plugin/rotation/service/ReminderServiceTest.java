package cn.zugong.plugin.rotation.service;

import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION_SCHOOLS;
import static cn.zugong.plugin.rotation.testing.Careers.GOVERNMENT;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static cn.zugong.plugin.rotation.testing.Careers.relative;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.notice.Notice;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.plugin.rotation.ui.RotationViews;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ReminderServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final InMemoryPluginContext platform = RotationContext.create(CadreFixtures.WENJIANG, TODAY);
    private final ReminderService reminders = new ReminderService(platform, RotationViews.MANAGE);

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void cadresBecomingDueWithinSixMonthsAreRemindedAndTheNoticeGoesWhenNoneIs_item9() {
        platform.careers()
                .put(career(
                        "丙",
                        held(
                                GOVERNMENT,
                                "副区长",
                                "COUNTY_DEPUTY",
                                false,
                                TODAY.minusYears(10).plusMonths(6))));

        reminders.run(CadreFixtures.WENJIANG);
        Notice notice = platform.notices(CadreFixtures.WENJIANG).get(ReminderService.BECOMING_DUE);
        platform.today(TODAY.plusMonths(7));
        reminders.run(CadreFixtures.WENJIANG);

        assertThat(notice.messageKey()).isEqualTo("rotation.notice.becomingDue");
        assertThat(notice.args()).containsExactly("1", "2027-06-07");
        assertThat(platform.notices(CadreFixtures.WENJIANG))
                .as("due now, no longer becoming due")
                .doesNotContainKey(ReminderService.BECOMING_DUE);
    }

    @Test
    void aFindingOpenPastThirtyDaysIsReminded_item9() {
        CadreCareer director = platform.careers()
                .put(career("张伟", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, TODAY.minusYears(2))));
        platform.careers().put(career("李娜", held(EDUCATION_SCHOOLS, "科员", null, false, TODAY.minusYears(2))));
        platform.careers().family(director.cadreId(), List.of(relative("妻子", "SPOUSE", "李娜", "温江区教育局")));

        ReminderService.Run first = reminders.run(CadreFixtures.WENJIANG);
        platform.today(TODAY.plusDays(30));
        ReminderService.Run thirty = reminders.run(CadreFixtures.WENJIANG);
        platform.today(TODAY.plusDays(31));
        ReminderService.Run later = reminders.run(CadreFixtures.WENJIANG);

        assertThat(first.raised()).isEqualTo(1);
        assertThat(thirty.openTooLong()).isZero();
        assertThat(later.openTooLong()).isEqualTo(1);
        assertThat(platform.notices(CadreFixtures.WENJIANG)
                        .get(ReminderService.FINDINGS_OPEN)
                        .args())
                .containsExactly("1", "30");
    }
}
