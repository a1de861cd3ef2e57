package cn.zugong.plugin.training.ui;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.event.CadreEvent;
import cn.zugong.plugin.training.course.CourseCategory;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.course.CourseScope;
import cn.zugong.plugin.training.course.OrganizerKind;
import cn.zugong.plugin.training.data.CourseEntry;
import cn.zugong.plugin.training.data.EnrollmentEntry;
import cn.zugong.plugin.training.enrollment.EnrollmentStatus;
import cn.zugong.plugin.training.extension.PromotionListener;
import cn.zugong.plugin.training.extension.ReminderJob;
import cn.zugong.plugin.training.service.EnrollmentService;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.PagesUi;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogueViewTest {

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY);
    private final CadreRef cadre = platform.cadre(Fixtures.cadre("Zhang San", "TOWNSHIP_DEPUTY"), null);

    @BeforeEach
    void open() {
        PagesUi.open(platform);
    }

    @AfterEach
    void close() {
        PagesUi.close();
        platform.close();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }

    private static <T> Select<T> select(String id) {
        @SuppressWarnings("unchecked")
        Select<T> select = _get(Select.class, spec -> spec.withId(id));
        return select;
    }

    @Test
    void anOfficerAddsACourseEnrollsACadreAndRecordsLeaveUntilTheAutomaticWithdrawal() {
        // DOMAIN 1.3 (course), 1.4 (enrollment), T7 (leave over 1/7 withdraws), through the page.
        UI.getCurrent().add(new CatalogueView());
        _click(_get(Button.class, spec -> spec.withId("training-course-new")));
        _get(TextField.class, spec -> spec.withId("training-course-name")).setValue("Spring class");
        select("training-course-organizer-kind").setValue(OrganizerKind.PARTY_SCHOOL);
        _get(TextField.class, spec -> spec.withId("training-course-organizer")).setValue("County party school");
        select("training-course-mode").setValue(CourseMode.FULL_TIME);
        select("training-course-category").setValue(CourseCategory.IN_SERVICE);
        select("training-course-scope").setValue(CourseScope.PROVINCIAL);
        _get(DatePicker.class, spec -> spec.withId("training-course-start")).setValue(TODAY.minusDays(9));
        _get(DatePicker.class, spec -> spec.withId("training-course-end")).setValue(TODAY);
        _get(IntegerField.class, spec -> spec.withId("training-course-days")).setValue(10);
        BigDecimalField hours = _get(BigDecimalField.class, spec -> spec.withId("training-course-hours"));
        hours.setValue(new BigDecimal("100"));
        _click(_get(Button.class, spec -> spec.withId("training-course-save")));
        assertThat(hours.isInvalid()).isTrue();
        assertThat(hours.getErrorMessage()).contains("100");

        hours.setValue(new BigDecimal("70"));
        _click(_get(Button.class, spec -> spec.withId("training-course-save")));
        Grid<CourseEntry> courses = grid("training-courses");
        assertThat(GridKt._size(courses)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(courses, 0)).contains("Spring class", "省级下发班次", "70");

        courses.select(GridKt._get(courses, 0));
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<CadreRef> choose =
                _get(MultiSelectComboBox.class, spec -> spec.withId("training-enroll-cadres"));
        choose.setValue(Set.of(cadre));
        _click(_get(Button.class, spec -> spec.withId("training-enroll")));
        Grid<EnrollmentEntry> enrollments = grid("training-enrollment-grid");
        assertThat(GridKt._size(enrollments)).isEqualTo(1);
        UUID id = GridKt._get(enrollments, 0).id();

        new EnrollmentService(platform).select(COUNTY, id);
        new EnrollmentService(platform).attend(COUNTY, id);
        courses.select(null);
        courses.select(GridKt._get(courses, 0));
        Component moves = GridKt._getCellComponent(enrollments, 0, EnrollmentPanel.ACTIONS);
        _click(_get(moves, Button.class, spec -> spec.withId("training-enrollment-leave-" + id)));
        _get(BigDecimalField.class, spec -> spec.withId("training-leave-hours")).setValue(new BigDecimal("11"));
        _click(_get(Button.class, spec -> spec.withId("training-leave-dialog-save")));

        assertThat(_get(Span.class, spec -> spec.withId("training-enrollment-notice"))
                        .getText())
                .contains("11", "1/7", "10");
        assertThat(new EnrollmentService(platform)
                        .find(COUNTY, id)
                        .orElseThrow()
                        .enrollment()
                        .status())
                .isEqualTo(EnrollmentStatus.WITHDRAWN);
    }

    @Test
    void theCourseDatesArePickedOnAChineseCalendarStartingOnMonday() {
        UI.getCurrent().add(new CatalogueView());
        _click(_get(Button.class, spec -> spec.withId("training-course-new")));

        DatePicker start = _get(DatePicker.class, spec -> spec.withId("training-course-start"));

        assertThat(start.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(start.getI18n().getMonthNames()).startsWith("一月");
        assertThat(start.getI18n().getToday()).isEqualTo("今天");
    }

    @Test
    void aSupervisorSeesTheCountyReadOnly() {
        // Supervisors read (DOMAIN: provincial oversight) and change nothing.
        platform.actAs(TestTenancy.reading(Set.of(COUNTY)));
        UI.getCurrent().add(new CatalogueView());
        assertThat(_get(Paragraph.class, spec -> spec.withId("training-read-only")))
                .isNotNull();
        assertThat(_find(Button.class, spec -> spec.withId("training-course-new")))
                .isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("training-nav-import")))
                .isEmpty();
    }

    @Test
    void aSupervisorOfSeveralCountiesIsAskedToPickOne() {
        platform.actAs(TestTenancy.reading(Set.of(COUNTY, Fixtures.OTHER_COUNTY)));
        UI.getCurrent().add(new CatalogueView());
        assertThat(_get(Paragraph.class, spec -> spec.withId("training-county-choose")))
                .isNotNull();
        assertThat(_find(Grid.class, spec -> spec.withId("training-courses"))).isEmpty();
    }

    @Test
    void theRemindersPanelShowsThePromotedCadresWhoseMakeUpIsDue() {
        // DOMAIN T2, V-T5: the daily job raises the reminder; officers see it on the catalogue.
        platform.update(Fixtures.atLevel(cadre, "COUNTY_DEPUTY"));
        new PromotionListener(platform)
                .on(new CadreEvent.Appointed(
                        COUNTY, cadre.id(), UUID.randomUUID(), TODAY, UUID.randomUUID(), true, true, "Doc"));
        platform.today(LocalDate.of(2026, 6, 1));
        new ReminderJob(platform).run(COUNTY);

        UI.getCurrent().add(new CatalogueView());

        VerticalLayout panel = _get(VerticalLayout.class, spec -> spec.withId("training-reminders"));
        Grid<?> reminders = grid("training-reminders-grid");
        assertThat(panel.isVisible()).isTrue();
        assertThat(GridKt._size(reminders)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(reminders, 0)).contains("培训补训期限将至", "2026-06-16", "15", "550");
    }

    @Test
    void theProvincePublishesItsSelectedCourseAndTheCountyAddsItToItsCatalogue() {
        // Item 1 of the issue: courses a province publishes to its counties.
        cn.zugong.api.tenant.TenantId sichuan = new cn.zugong.api.tenant.TenantId("510000");
        platform.actAs(TestTenancy.writing(sichuan));
        CourseEntry course = new cn.zugong.plugin.training.service.CourseService(platform)
                .add(sichuan, Fixtures.course("Provincial class", CourseMode.FULL_TIME, TODAY, 10, "80"))
                .course()
                .orElseThrow();
        CatalogueView province = new CatalogueView();
        UI.getCurrent().add(province);
        Button publish = _get(Button.class, spec -> spec.withId("training-course-publish"));
        assertThat(publish.isEnabled()).as("nothing selected").isFalse();
        grid("training-courses").select(course);
        _click(publish);
        assertThat(_get(Button.class, spec -> spec.withId("training-course-withdraw"))
                        .isEnabled())
                .isTrue();
        UI.getCurrent().remove(province);

        platform.actAs(TestTenancy.writing(COUNTY));
        UI.getCurrent().add(new CatalogueView());
        assertThat(_find(Button.class, spec -> spec.withId("training-course-publish")))
                .as("a county has no tenant below to publish to")
                .isEmpty();
        Grid<Object> offered = grid("training-offered-grid");
        assertThat(GridKt._size(offered)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(offered, 0)).contains("Provincial class", "省级下发班次");
        Button adopt = (Button) GridKt._getCellComponent(offered, 0, "action");
        assertThat(adopt.getId()).hasValue("training-adopt-" + course.id());
        _click(adopt);

        assertThat(GridKt._getCellComponent(offered, 0, "action").getId())
                .hasValue("training-offered-adopted-" + course.id());
        Grid<CourseEntry> catalogue = grid("training-courses");
        assertThat(GridKt._size(catalogue)).isEqualTo(1);
        assertThat(GridKt._get(catalogue, 0).course().scope()).isEqualTo(CourseScope.PROVINCIAL);
    }

    @Test
    void aDepartmentWithNoTenantBelowOnThePlatformIsToldSoAndNothingIsPublished() {
        cn.zugong.api.tenant.TenantId city = new cn.zugong.api.tenant.TenantId("510900");
        platform.withoutTenantsBelow(city);
        platform.actAs(TestTenancy.writing(city));
        CourseEntry course = new cn.zugong.plugin.training.service.CourseService(platform)
                .add(city, Fixtures.course("City class", CourseMode.CONCENTRATED, TODAY, 5, "40"))
                .course()
                .orElseThrow();
        UI.getCurrent().add(new CatalogueView());
        grid("training-courses").select(course);

        _click(_get(Button.class, spec -> spec.withId("training-course-publish")));

        assertThat(com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications())
                .extracting(n -> n.getElement().getProperty("text"))
                .contains("本单位在平台上没有下级组织部，无法下发");
        assertThat(platform.publications().published(cn.zugong.plugin.training.service.CourseService.KIND))
                .isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("training-course-withdraw"))
                        .isEnabled())
                .isFalse();
    }
}
