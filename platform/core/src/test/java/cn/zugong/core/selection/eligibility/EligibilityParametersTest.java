package cn.zugong.core.selection.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Health;
import cn.zugong.core.unit.UnitType;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading a rule pack's key=value lines into thresholds. */
class EligibilityParametersTest {

    private static Map<String, String> national() {
        return new LinkedHashMap<>(EligibilityParameters.lines(Packs.NATIONAL_PARAMETERS));
    }

    @Test
    void theNationalPackHoldsTheThresholdsOfArticleEight() {
        EligibilityParameters p = EligibilityParameters.parse(national());

        assertThat(p.minWorkYears()).isEqualTo(5);
        assertThat(p.minGrassrootsYears()).isEqualTo(2);
        assertThat(p.grassrootsUnitTypes()).containsExactly(UnitType.TOWNSHIP);
        assertThat(p.minLowerPosts()).isEqualTo(2);
        assertThat(p.deputyToPrincipalYears()).isEqualTo(2);
        assertThat(p.lowerPrincipalToUpperDeputyYears()).isEqualTo(3);
        assertThat(p.minEducation()).isEqualTo(EducationLevel.COLLEGE);
        assertThat(p.minEducationBureau()).isEqualTo(EducationLevel.UNIVERSITY);
        assertThat(p.trainingOutcome()).contains(Outcome.WARNING);
        assertThat(p.minHealth()).isEqualTo(Health.FAIR);
    }

    @Test
    void commentsAndBlankLinesAreSkipped() {
        assertThat(EligibilityParameters.lines("# note\n\n a = 1 \r\nb=x=y"))
                .containsExactly(Map.entry("a", "1"), Map.entry("b", "x=y"));
    }

    @Test
    void theTrainingReminderCanBeTurnedOff() {
        Map<String, String> values = national();
        values.put(EligibilityParameters.TRAINING_OUTCOME, "OFF");

        assertThat(EligibilityParameters.parse(values).trainingOutcome()).isEmpty();
    }

    @Test
    void severalUnitTypesMayCountAsGrassroots() {
        Map<String, String> values = national();
        values.put(EligibilityParameters.GRASSROOTS_UNIT_TYPES, "TOWNSHIP, WORKING_DEPARTMENT");

        assertThat(EligibilityParameters.parse(values).grassrootsUnitTypes())
                .containsExactlyInAnyOrder(UnitType.TOWNSHIP, UnitType.WORKING_DEPARTMENT);
    }

    @Test
    void aMissingKeyIsNamed() {
        Map<String, String> values = national();
        values.remove(EligibilityParameters.MIN_LOWER_POSTS);

        assertThatThrownBy(() -> EligibilityParameters.parse(values))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(EligibilityParameters.MIN_LOWER_POSTS);
    }

    @Test
    void badValuesAreNamed() {
        Map<String, String> values = national();
        values.put(EligibilityParameters.MIN_WORK_YEARS, "five");
        assertThatThrownBy(() -> EligibilityParameters.parse(values)).hasMessageContaining("county.min-work-years");

        values.put(EligibilityParameters.MIN_WORK_YEARS, "5");
        values.put(EligibilityParameters.MIN_EDUCATION, "BACHELOR");
        assertThatThrownBy(() -> EligibilityParameters.parse(values)).hasMessageContaining("education.min");

        values.put(EligibilityParameters.MIN_EDUCATION, "COLLEGE");
        values.put(EligibilityParameters.TRAINING_OUTCOME, "FAIL");
        assertThatThrownBy(() -> EligibilityParameters.parse(values)).hasMessageContaining("training.outcome");
    }
}
