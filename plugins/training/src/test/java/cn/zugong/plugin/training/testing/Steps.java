package cn.zugong.plugin.training.testing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.course.Course;
import cn.zugong.plugin.training.data.CourseEntry;
import cn.zugong.plugin.training.data.EnrollmentEntry;
import cn.zugong.plugin.training.enrollment.EnrollmentResult;
import cn.zugong.plugin.training.enrollment.Transition;
import cn.zugong.plugin.training.service.CourseService;
import cn.zugong.plugin.training.service.EnrollmentService;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.util.List;
import java.util.UUID;

/** What an officer does through the services, step by step, for tests that need credited hours. */
public final class Steps {

    private final InMemoryPluginContext platform;
    private final TenantId county;

    public Steps(InMemoryPluginContext platform, TenantId county) {
        this.platform = platform;
        this.county = county;
    }

    public CourseEntry course(Course course) {
        CourseService.Added added = new CourseService(platform).add(county, course);
        assertThat(added.problems()).isEmpty();
        return added.course().orElseThrow();
    }

    public UUID enrolled(CourseEntry course, CadreRef cadre) {
        List<EnrollmentEntry> added = new EnrollmentService(platform).enroll(county, course.id(), List.of(cadre.id()));
        assertThat(added).hasSize(1);
        return added.getFirst().id();
    }

    /** Enrolled, selected and attending. */
    public UUID attending(CourseEntry course, CadreRef cadre) {
        EnrollmentService enrollments = new EnrollmentService(platform);
        UUID id = enrolled(course, cadre);
        moved(enrollments.select(county, id));
        moved(enrollments.attend(county, id));
        return id;
    }

    /** Attended, completed and credited: the course's hours count for the cadre. */
    public UUID credited(Course course, CadreRef cadre) {
        EnrollmentService enrollments = new EnrollmentService(platform);
        UUID id = attending(course(course), cadre);
        moved(enrollments.complete(county, id, EnrollmentResult.COMPLETED, null));
        moved(enrollments.credit(county, id));
        return id;
    }

    public static Transition.Moved moved(Transition transition) {
        assertThat(transition).isInstanceOf(Transition.Moved.class);
        return (Transition.Moved) transition;
    }
}
