package cn.zugong.api.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RulePackTest {

    @Test
    void valuesAreReadAsUtf8FromTheAnchorsPackageOrAnAbsolutePath() {
        Map<String, String> relative = RulePack.values(RulePackTest.class, "rules-test.properties");
        Map<String, String> absolute =
                RulePack.values(RulePackTest.class, "/cn/zugong/api/rules/rules-test.properties");

        assertThat(relative)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "county.hours.window", "550",
                        "import.columns.name", "姓名,干部姓名",
                        "online.minutes.tiers", ">=30:1,>15:0.5"))
                .isEqualTo(absolute);
        assertThatThrownBy(() -> relative.put("county.hours.window", "1"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingFileIsNamedInTheFailure() {
        assertThatThrownBy(() -> RulePack.values(RulePackTest.class, "/training/rules-nowhere.properties"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/training/rules-nowhere.properties");
    }

    @Test
    void aProblemTakesTheArgumentsOfAPluginsOwnRecord() {
        List<String> args = new java.util.ArrayList<>(List.of("550", "600"));

        RuleProblem problem = RuleProblem.of("county.hours.window", "training.rules.badValue", args);
        args.clear();

        assertThat(problem)
                .isEqualTo(new RuleProblem("county.hours.window", "training.rules.badValue", List.of("550", "600")));
    }
}
