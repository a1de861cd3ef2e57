package cn.zugong.plugin.training.testing;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.course.Course;
import cn.zugong.plugin.training.course.CourseCategory;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.course.CourseScope;
import cn.zugong.plugin.training.course.OrganizerKind;
import cn.zugong.testkit.context.CadreFixtures;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Counties, cadres and courses for the service tests. */
public final class Fixtures {

    /** Wenjiang district, Chengdu (Sichuan: national rules only). */
    public static final TenantId COUNTY = CadreFixtures.WENJIANG;
    /** Another county of the same province. */
    public static final TenantId OTHER_COUNTY = new TenantId("510116");
    /** The day the tests run on: inside the window 2023-2027. */
    public static final LocalDate TODAY = LocalDate.of(2025, 6, 16);

    private Fixtures() {}

    public static CadreRef cadre(String name, String postLevel) {
        return cadre(COUNTY, name, postLevel);
    }

    public static CadreRef cadre(TenantId county, String name, String postLevel) {
        return CadreFixtures.cadre(county, name, postLevel);
    }

    /** The same cadre at another post level, as after an appointment. */
    public static CadreRef atLevel(CadreRef cadre, String postLevel) {
        return CadreFixtures.atLevel(cadre, postLevel);
    }

    /**
     * A course ending on {@code end}: attended courses last {@code days} days; an online one (no
     * days) runs for a hundred days, a plausible span for its hours.
     */
    public static Course course(String name, CourseMode mode, LocalDate end, int days, String hours) {
        return new Course(
                name,
                mode == CourseMode.ONLINE ? OrganizerKind.ONLINE_PLATFORM : OrganizerKind.PARTY_SCHOOL,
                "County party school",
                mode,
                CourseCategory.IN_SERVICE,
                days > 0 ? end.minusDays(days - 1L) : end.minusDays(99),
                end,
                days,
                new BigDecimal(hours),
                CourseScope.COUNTY,
                null);
    }
}
