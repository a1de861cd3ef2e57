package cn.zugong.plugin.training.service;

import static cn.zugong.plugin.training.testing.Fixtures.COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.OTHER_COUNTY;
import static cn.zugong.plugin.training.testing.Fixtures.TODAY;
import static cn.zugong.plugin.training.testing.Fixtures.course;
import static cn.zugong.plugin.training.testing.Steps.moved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.course.CourseValidator;
import cn.zugong.plugin.training.data.CourseEntry;
import cn.zugong.plugin.training.data.EnrollmentEntry;
import cn.zugong.plugin.training.data.RecordEntry;
import cn.zugong.plugin.training.enrollment.Enrollment;
import cn.zugong.plugin.training.enrollment.EnrollmentResult;
import cn.zugong.plugin.training.enrollment.EnrollmentStatus;
import cn.zugong.plugin.training.enrollment.Transition;
import cn.zugong.plugin.training.testing.Fixtures;
import cn.zugong.plugin.training.testing.Steps;
import cn.zugong.plugin.training.testing.TrainingContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.RecordedAudit;
import cn.zugong.testkit.context.TestTenancy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnrollmentServiceTest {

    private final InMemoryPluginContext platform = TrainingContext.create(COUNTY, TODAY);
    private final EnrollmentService enrollments = new EnrollmentService(platform);
    private final StandingService standings = new StandingService(platform);
    private final Steps steps = new Steps(platform, COUNTY);
    private final CadreRef cadre = platform.cadre(Fixtures.cadre("Zhang San", "TOWNSHIP_DEPUTY"), null);

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void leaveOverOneSeventhOfTheHoursWithdrawsTheCadreAndTheWithdrawalIsStored() {
        // DOMAIN T7, V-T3: leave <= 1/7 of 70 hours (10) is allowed; over it the cadre is withdrawn.
        CourseEntry stored = steps.course(course("Party school spring class", CourseMode.FULL_TIME, TODAY, 10, "70"));
        UUID id = steps.attending(stored, cadre);

        Transition.Moved first = moved(enrollments.recordLeave(COUNTY, id, new BigDecimal("10")));
        assertThat(first.enrollment().status()).isEqualTo(EnrollmentStatus.ATTENDING);
        assertThat(first.notice()).isEmpty();

        Transition.Moved second = moved(enrollments.recordLeave(COUNTY, id, new BigDecimal("0.5")));
        assertThat(second.enrollment().status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(second.notice()).hasValueSatisfying(notice -> {
            assertThat(notice.key()).isEqualTo(Enrollment.AUTO_WITHDRAWN);
            assertThat(notice.args()).containsExactly("10.5", "7", "10");
        });

        EnrollmentEntry reloaded = enrollments.find(COUNTY, id).orElseThrow();
        assertThat(reloaded.enrollment().status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
        assertThat(reloaded.enrollment().leaveHours()).isEqualByComparingTo("10.5");
        assertThat(reloaded.result()).contains(EnrollmentResult.WITHDRAWN);
        assertThat(reloaded.course().course().hours()).isEqualByComparingTo("70");
        assertThat(standings.records(COUNTY, cadre.id())).isEmpty();
        assertThat(platform.audited())
                .extracting(RecordedAudit.Entry::action)
                .containsSubsequence("course.create", "enrollment.enroll", "enrollment.leave", "enrollment.leave");
    }

    @Test
    void creditingStoresTheCoursesHoursAsARecordAndRevokingTakesThemBack() {
        // DOMAIN 1.4: attending -> completed -> credited (hours count) -> revoked (they no longer do).
        CourseEntry stored = steps.course(course("Rotation class", CourseMode.CONCENTRATED, TODAY, 5, "40"));
        UUID id = steps.attending(stored, cadre);

        Transition early = enrollments.credit(COUNTY, id);
        assertThat(early).isInstanceOf(Transition.Refused.class);
        assertThat(enrollments.find(COUNTY, id).orElseThrow().enrollment().status())
                .isEqualTo(EnrollmentStatus.ATTENDING);

        moved(enrollments.complete(COUNTY, id, EnrollmentResult.COMPLETED, "Good work"));
        moved(enrollments.credit(COUNTY, id));
        EnrollmentEntry credited = enrollments.find(COUNTY, id).orElseThrow();
        assertThat(credited.assessment()).contains("Good work");
        assertThat(credited.enrollment().creditedHours()).isEqualByComparingTo("40");
        List<RecordEntry> records = standings.records(COUNTY, cadre.id());
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.record().hours()).isEqualByComparingTo("40");
            assertThat(r.record().days()).isEqualTo(5);
            assertThat(r.record().completedOn()).isEqualTo(TODAY);
            assertThat(r.record().mode()).isEqualTo(CourseMode.CONCENTRATED);
        });

        assertThat(enrollments.revoke(COUNTY, id, " ")).isInstanceOf(Transition.Refused.class);
        moved(enrollments.revoke(COUNTY, id, "Attendance falsified"));
        assertThat(enrollments.find(COUNTY, id).orElseThrow().revokeReason()).contains("Attendance falsified");
        assertThat(standings.records(COUNTY, cadre.id())).isEmpty();
    }

    @Test
    void aCourseWithProblemsIsNotStoredAndEveryProblemIsReported() {
        // DOMAIN 1.3 / 1.5: a full-time course needs days; hours are at most 8 a day ([I] hours.day.max).
        CourseService courses = new CourseService(platform);
        CourseService.Added added = courses.add(COUNTY, course("Too many hours", CourseMode.FULL_TIME, TODAY, 2, "40"));
        assertThat(added.course()).isEmpty();
        assertThat(added.problems())
                .extracting(p -> p.field() + ":" + p.key())
                .containsExactly("hours:" + CourseValidator.HOURS_IMPLAUSIBLE);
        assertThat(courses.count(COUNTY)).isZero();
    }

    @Test
    void cadresAreEnrolledOnceAndOnlyWhenInOfficeInTheCounty() {
        // DOMAIN 1.3: an enrollment is one cadre in one course; cadres are the registry's of the county.
        CourseEntry stored = steps.course(course("Online class", CourseMode.ONLINE, TODAY, 0, "4"));
        CadreRef elsewhere = platform.cadre(Fixtures.cadre(OTHER_COUNTY, "Li Si", "TOWNSHIP_DEPUTY"), null);
        assertThat(enrollments.enroll(COUNTY, stored.id(), List.of(cadre.id(), elsewhere.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.enrollment().status()).isEqualTo(EnrollmentStatus.PLANNED));
        assertThat(enrollments.enroll(COUNTY, stored.id(), List.of(cadre.id()))).isEmpty();
        assertThat(new CourseService(platform).enrolled(COUNTY, List.of(stored.id())))
                .containsEntry(stored.id(), 1L);
    }

    @Test
    void anotherCountyNeitherSeesNorChangesTheCountysCourses() {
        // Tenancy: each county's rows are its own (the platform's tenant filter on @TenantId).
        CourseEntry stored = steps.course(course("County class", CourseMode.CONCENTRATED, TODAY, 3, "24"));
        platform.actAs(TestTenancy.writing(OTHER_COUNTY));
        CourseService courses = new CourseService(platform);
        assertThat(courses.find(OTHER_COUNTY, stored.id())).isEmpty();
        assertThat(courses.count(OTHER_COUNTY)).isZero();
        assertThatThrownBy(() -> enrollments.enroll(COUNTY, stored.id(), List.of(cadre.id())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSupervisorReadsTheCountyButCannotChangeIt() {
        // Supervisors are read-only (DOMAIN: provincial oversight); one county picked is readable.
        CourseEntry stored = steps.course(course("County class", CourseMode.CONCENTRATED, TODAY, 3, "24"));
        platform.actAs(TestTenancy.reading(Set.of(COUNTY)));
        assertThat(new CourseService(platform).find(COUNTY, stored.id())).isPresent();
        assertThatThrownBy(() -> new CourseService(platform)
                        .add(COUNTY, course("Another", CourseMode.CONCENTRATED, TODAY, 3, "24")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Counties.shown(platform.tenancy())).contains(COUNTY);
        platform.actAs(TestTenancy.reading(Set.of(COUNTY, OTHER_COUNTY)));
        assertThat(Counties.shown(platform.tenancy())).isEmpty();
    }
}
