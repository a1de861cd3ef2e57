package cn.zugong.plugin.training.service;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.course.CourseScope;
import cn.zugong.plugin.training.data.CourseEntry;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Item 1 of the issue: courses a province (or city) publishes to its counties. The province's
 * department publishes from its own catalogue; a county below takes the course into its catalogue
 * once, with the province's scope, and enrolls its cadres there.
 */
class PublishedCoursesTest {

    private static final TenantId SICHUAN = new TenantId("510000");
    private static final TenantId CHENGDU = new TenantId("510100");
    private static final TenantId YUNNAN_COUNTY = new TenantId("530102");

    private final InMemoryPluginContext platform = TrainingContext.create(SICHUAN, TODAY);
    private final CourseService courses = new CourseService(platform);

    @AfterEach
    void close() {
        platform.close();
    }

    private CourseEntry provinceCourse() {
        platform.actAs(TestTenancy.writing(SICHUAN));
        CourseEntry course = courses.add(
                        SICHUAN,
                        Fixtures.course(
                                "Provincial party school class for county heads",
                                CourseMode.FULL_TIME,
                                TODAY,
                                20,
                                "160"))
                .course()
                .orElseThrow();
        courses.publish(SICHUAN, course.id());
        return course;
    }

    @Test
    void aCountyTakesThePublishedCourseIntoItsCatalogueOnceWithTheProvincesScope() {
        CourseEntry published = provinceCourse();
        assertThat(courses.published()).containsExactly(published.id());

        platform.actAs(TestTenancy.writing(COUNTY));
        assertThat(courses.offered(COUNTY)).singleElement().satisfies(o -> {
            assertThat(o.adopted()).isFalse();
            assertThat(o.course()).hasValueSatisfying(c -> assertThat(c.scope()).isEqualTo(CourseScope.PROVINCIAL));
        });

        CourseService.Added added =
                courses.adopt(COUNTY, courses.offered(COUNTY).getFirst().publication());

        assertThat(added.problems()).isEmpty();
        CourseEntry copy = added.course().orElseThrow();
        assertThat(copy.course().name()).isEqualTo("Provincial party school class for county heads");
        assertThat(copy.course().hours()).isEqualByComparingTo("160");
        assertThat(copy.course().scope()).isEqualTo(CourseScope.PROVINCIAL);
        assertThat(courses.page(COUNTY, 0, 10)).extracting(CourseEntry::id).containsExactly(copy.id());
        assertThat(courses.offered(COUNTY).getFirst().adopted()).isTrue();
        assertThat(courses.adopt(COUNTY, courses.offered(COUNTY).getFirst().publication())
                        .problems())
                .extracting(Problem::key)
                .containsExactly("training.offered.already");
        assertThat(platform.audited()).anySatisfy(a -> assertThat(a.action()).isEqualTo("course.adopt"));
    }

    @Test
    void aCitysCourseHasTheCityScopeAndAnotherProvincesCountySeesNothing() {
        platform.actAs(TestTenancy.writing(CHENGDU));
        CourseEntry course = courses.add(
                        CHENGDU, Fixtures.course("City class", CourseMode.CONCENTRATED, TODAY, 5, "40"))
                .course()
                .orElseThrow();
        courses.publish(CHENGDU, course.id());

        platform.actAs(TestTenancy.writing(COUNTY));
        assertThat(courses.offered(COUNTY))
                .singleElement()
                .satisfies(o -> assertThat(o.course().orElseThrow().scope()).isEqualTo(CourseScope.CITY));
        platform.actAs(TestTenancy.writing(YUNNAN_COUNTY));
        assertThat(courses.offered(YUNNAN_COUNTY)).isEmpty();
    }

    @Test
    void aWithdrawnCourseIsNoLongerOfferedButCopiesStay() {
        CourseEntry published = provinceCourse();
        platform.actAs(TestTenancy.writing(COUNTY));
        courses.adopt(COUNTY, courses.offered(COUNTY).getFirst().publication());

        platform.actAs(TestTenancy.writing(SICHUAN));
        courses.withdraw(SICHUAN, published.id());

        platform.actAs(TestTenancy.writing(COUNTY));
        assertThat(courses.offered(COUNTY)).isEmpty();
        assertThat(courses.count(COUNTY)).isEqualTo(1);
    }

    @Test
    void onlyAWritingProvinceOrCityDepartmentPublishes() {
        platform.actAs(TestTenancy.writing(COUNTY));
        assertThat(courses.canPublish(COUNTY))
                .as("a county has no tenant below")
                .isFalse();
        platform.actAs(TestTenancy.writing(SICHUAN));
        assertThat(courses.canPublish(SICHUAN)).isTrue();
        platform.actAs(TestTenancy.reading(Set.of(SICHUAN)));
        assertThat(courses.canPublish(SICHUAN)).as("a supervisor reads only").isFalse();
        assertThatThrownBy(() -> courses.adopt(COUNTY, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPublicationThatCannotBeReadIsShownButNotTaken() {
        platform.actAs(TestTenancy.writing(SICHUAN));
        platform.publications().publish(CourseService.KIND, "broken", Map.of("name", "From a later version"));

        platform.actAs(TestTenancy.writing(COUNTY));
        CourseService.Offered offered = courses.offered(COUNTY).getFirst();
        assertThat(offered.course()).isEmpty();
        assertThat(courses.adopt(COUNTY, offered.publication()).problems())
                .extracting(Problem::key)
                .containsExactly("training.offered.unreadable");
    }
}
