package cn.zugong.plugin.training.extension;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.OTHER_COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static cn.zugong.plugin.training.testing.Fixtures.course;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.Steps;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TrainingExportTest {

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY);

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void theCountysCoursesEnrollmentsAndCreditedHoursAreExportedAndNoOtherCountys() {
        CadreRef cadre = platform.cadre(Fixtures.cadre("Export", "TOWNSHIP_DEPUTY"), null);
        new Steps(platform, COUNTY).credited(course("党史, 第一期", CourseMode.CONCENTRATED, TODAY, 8, "60"), cadre);
        platform.actAs(TestTenancy.writing(OTHER_COUNTY));
        CadreRef other = platform.cadre(Fixtures.cadre(OTHER_COUNTY, "Other", "TOWNSHIP_DEPUTY"), null);
        new Steps(platform, OTHER_COUNTY)
                .credited(course("Other class", CourseMode.CONCENTRATED, TODAY, 2, "16"), other);
        platform.actAs(TestTenancy.reading(Set.of(COUNTY)));
        Map<String, String> entries = new LinkedHashMap<>();

        new TrainingExport(platform)
                .export(COUNTY, (name, content) -> entries.put(name, new String(content, StandardCharsets.UTF_8)));

        assertThat(entries).containsOnlyKeys("courses.csv", "enrollments.csv", "records.csv");
        assertThat(lines(entries.get("courses.csv"))).hasSize(2);
        assertThat(entries.get("courses.csv"))
                .startsWith("id,name,organizer_kind")
                .contains("\"党史, 第一期\"")
                .doesNotContain("Other class");
        assertThat(lines(entries.get("enrollments.csv"))).hasSize(2);
        assertThat(entries.get("enrollments.csv"))
                .contains(cadre.id().toString() + ",CREDITED")
                .doesNotContain(other.id().toString());
        assertThat(lines(entries.get("records.csv"))).hasSize(2);
        assertThat(entries.get("records.csv")).contains(cadre.id() + ",COURSE").contains(",60");
    }

    private static List<String> lines(String csv) {
        return csv.lines().toList();
    }
}
