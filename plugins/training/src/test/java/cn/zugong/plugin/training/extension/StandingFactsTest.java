package cn.zugong.plugin.training.extension;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static cn.zugong.plugin.training.testing.Fixtures.course;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.Steps;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The training standing published as a cadre fact (read by the reserve module's annual review). */
class StandingFactsTest {

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY);
    private final Steps steps = new Steps(platform, COUNTY);
    private final StandingFacts facts = new StandingFacts(platform);

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void aCadreShortOfTheYearsRequirementHasTheFactWithTheHoursAndOneWhoMetItHasNone() {
        // DOMAIN 1.1 T3: 90 hours a year at the xiangke level; 60 credited is short, 90 meets it.
        CadreRef shortOf = platform.cadre(Fixtures.cadre("Short", "TOWNSHIP_DEPUTY"), null);
        steps.credited(course("Class", CourseMode.CONCENTRATED, TODAY, 8, "60"), shortOf);
        CadreRef met = platform.cadre(Fixtures.cadre("Met", "TOWNSHIP_DEPUTY"), null);
        steps.credited(course("Class 2", CourseMode.CONCENTRATED, TODAY, 12, "90"), met);

        assertThat(facts.facts(COUNTY, shortOf.id())).singleElement().satisfies(f -> {
            assertThat(f.key()).isEqualTo(StandingFacts.SHORT);
            assertThat(f.pluginId()).isEqualTo("training");
            assertThat(f.reasonArgs()).containsExactly("90", "60");
        });
        assertThat(facts.facts(COUNTY, met.id())).isEmpty();
        // Not a cadre of another county.
        assertThat(facts.facts(CadreFixtures.PIDU, shortOf.id())).isEmpty();
    }
}
