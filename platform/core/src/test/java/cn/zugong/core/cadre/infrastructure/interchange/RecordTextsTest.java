package cn.zugong.core.cadre.infrastructure.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.cadre.domain.AssessmentGrade;
import cn.zugong.core.cadre.domain.RewardKind;
import cn.zugong.core.cadre.infrastructure.interchange.AssessmentText.Graded;
import cn.zugong.core.cadre.infrastructure.interchange.RewardText.Decided;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecordTextsTest {

    @Test
    void yearsWithoutAGradeOfTheirOwnShareTheNextOne() {
        assertThat(AssessmentText.read("2020年、2021年年度考核均为称职，2022年度考核被确定为优秀等次。"))
                .hasValueSatisfying(grades -> assertThat(grades)
                        .containsExactly(
                                new Graded(2020, AssessmentGrade.COMPETENT),
                                new Graded(2021, AssessmentGrade.COMPETENT),
                                new Graded(2022, AssessmentGrade.EXCELLENT)));
    }

    @Test
    void basicallyCompetentIsNotReadAsCompetent() {
        assertThat(AssessmentText.read("2023年年度考核基本称职")).hasValueSatisfying(grades -> assertThat(grades)
                .containsExactly(new Graded(2023, AssessmentGrade.BASICALLY_COMPETENT)));
    }

    @Test
    void assessmentTextThatDoesNotReadInFullGivesNoRecords() {
        assertThat(AssessmentText.read("近三年考核均为称职")).isEmpty();
        assertThat(AssessmentText.read("2021年年度考核称职；2021年年度考核优秀")).isEmpty();
        assertThat(AssessmentText.read("2021年年度考核称职；2022年因病未参加")).isEmpty();
        assertThat(AssessmentText.read("无"))
                .hasValueSatisfying(g -> assertThat(g).isEmpty());
    }

    @Test
    void rewardsAreReadWithTheirMonthAndPunishmentsAreToldApart() {
        assertThat(RewardText.read("2019年12月被评为优秀共产党员；2021年受到党内警告处分。"))
                .hasValueSatisfying(records -> assertThat(records)
                        .containsExactly(
                                new Decided(RewardKind.REWARD, LocalDate.of(2019, 12, 1), "被评为优秀共产党员"),
                                new Decided(RewardKind.PUNISHMENT, LocalDate.of(2021, 1, 1), "受到党内警告处分")));
    }

    @Test
    void rewardTextThatDoesNotReadInFullGivesNoRecords() {
        assertThat(RewardText.read("多次受到嘉奖")).isEmpty();
        assertThat(RewardText.read("2019年" + "很长".repeat(101))).isEmpty();
        assertThat(RewardText.read("2019年13月嘉奖")).isEmpty();
        assertThat(RewardText.read("无")).hasValueSatisfying(r -> assertThat(r).isEmpty());
    }
}
