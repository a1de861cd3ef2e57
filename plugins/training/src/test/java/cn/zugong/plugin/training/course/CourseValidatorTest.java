package cn.zugong.plugin.training.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.TrainingRules;
import cn.zugong.plugin.training.rules.CreditRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseValidatorTest {

    private final CreditRules rules = CreditRules.national();

    /** A five-day course at the county party school, 40 hours. */
    static Course partySchool() {
        return new Course(
                "2024 county section-level cadres course",
                OrganizerKind.PARTY_SCHOOL,
                "County party school",
                CourseMode.FULL_TIME,
                CourseCategory.IN_SERVICE,
                LocalDate.of(2024, 4, 8),
                LocalDate.of(2024, 4, 12),
                5,
                new BigDecimal("40"),
                CourseScope.COUNTY,
                "County organization department");
    }

    private static Course with(Course c, LocalDate start, LocalDate end, int days, BigDecimal hours) {
        return new Course(
                c.name(),
                c.organizerKind(),
                c.organizer(),
                c.mode(),
                c.category(),
                start,
                end,
                days,
                hours,
                c.scope(),
                c.recognizedBy());
    }

    private static Course hours(String hours) {
        Course c = partySchool();
        return with(c, c.startDate(), c.endDate(), c.days(), new BigDecimal(hours));
    }

    @Test
    void aCompleteCourseHasNoProblem() {
        assertThat(CourseValidator.validate(partySchool(), rules)).isEmpty();
    }

    @Test
    void everyMissingFieldIsReportedAtOnce() {
        Course empty = new Course(null, null, " ", null, null, null, null, 0, null, null, null);
        assertThat(CourseValidator.validate(empty, rules))
                .filteredOn(p -> p.key().equals(CourseValidator.REQUIRED))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "name",
                        "organizerKind",
                        "organizer",
                        "mode",
                        "category",
                        "scope",
                        "startDate",
                        "endDate",
                        "hours");
    }

    @Test
    void textsLongerThanTheirStoredColumnsAreRefused() {
        // DOMAIN 1.3 TrainingCourse: name and organizer are kept in columns of 200 characters.
        Course c = partySchool();
        Course longOne = new Course(
                "x".repeat(201),
                c.organizerKind(),
                "y".repeat(200),
                c.mode(),
                c.category(),
                c.startDate(),
                c.endDate(),
                c.days(),
                c.hours(),
                c.scope(),
                c.recognizedBy());
        assertThat(CourseValidator.validate(longOne, rules))
                .extracting(Problem::field, Problem::key)
                .containsExactly(tuple("name", CourseValidator.TOO_LONG));
    }

    @Test
    void theEndMayNotComeBeforeTheStart() {
        Course c = with(partySchool(), LocalDate.of(2024, 4, 12), LocalDate.of(2024, 4, 8), 5, new BigDecimal("40"));
        assertThat(CourseValidator.validate(c, rules))
                .extracting(Problem::field, Problem::key)
                .containsExactly(tuple("endDate", CourseValidator.END_BEFORE_START));
    }

    @Test
    void aOneDayCourseMayStartAndEndOnTheSameDay() {
        Course c = with(partySchool(), LocalDate.of(2024, 4, 8), LocalDate.of(2024, 4, 8), 1, new BigDecimal("8"));
        assertThat(CourseValidator.validate(c, rules)).isEmpty();
    }

    @Test
    void hoursMustBeMoreThanZero() {
        assertThat(CourseValidator.validate(hours("0"), rules))
                .extracting(Problem::key)
                .containsExactly(CourseValidator.HOURS_POSITIVE);
        assertThat(CourseValidator.validate(hours("-1"), rules))
                .extracting(Problem::key)
                .containsExactly(CourseValidator.HOURS_POSITIVE);
    }

    @Test
    void hoursHaveOneDecimalAtMost() {
        assertThat(CourseValidator.validate(hours("39.5"), rules)).isEmpty();
        assertThat(CourseValidator.validate(hours("39.55"), rules))
                .extracting(Problem::key)
                .containsExactly(CourseValidator.HOURS_SCALE);
    }

    @Test
    void hoursUpToTheDailyMaximumTimesTheDaysArePlausible() {
        // Rule hours.day.max [I]: 8 a day, so five days give at most 40 hours.
        assertThat(CourseValidator.validate(hours("40"), rules)).isEmpty();
        assertThat(CourseValidator.validate(hours("40.1"), rules))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.key()).isEqualTo(CourseValidator.HOURS_IMPLAUSIBLE);
                    assertThat(p.args()).containsExactly("40.1", "5", "8");
                });
    }

    @Test
    void theDailyMaximumIsARuleValue() {
        CreditRules evenings = CreditRules.parse(Map.of(TrainingRules.MAX_HOURS_PER_DAY, "10"));
        assertThat(CourseValidator.validate(hours("50"), evenings)).isEmpty();
    }

    @Test
    void fullTimeAndConcentratedCoursesNeedTheirDays() {
        // DOMAIN T1 (3 months) and T3 (12 days) count these courses in days.
        Course c = partySchool();
        assertThat(CourseValidator.validate(with(c, c.startDate(), c.endDate(), 0, c.hours()), rules))
                .extracting(Problem::key)
                .contains(CourseValidator.DAYS_POSITIVE);
    }

    @Test
    void trainingDaysCannotExceedTheDaysFromStartToEnd() {
        Course c = partySchool();
        assertThat(CourseValidator.validate(with(c, c.startDate(), c.endDate(), 6, c.hours()), rules))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.key()).isEqualTo(CourseValidator.DAYS_EXCEED_SPAN);
                    assertThat(p.args()).containsExactly("6", "5");
                });
    }

    @Test
    void anOnlineCourseWithoutDaysIsBoundedByItsCalendarDays() {
        Course online = new Course(
                "Online course on the plenary session",
                OrganizerKind.ONLINE_PLATFORM,
                "Provincial cadre online academy",
                CourseMode.ONLINE,
                CourseCategory.THEMATIC,
                LocalDate.of(2024, 5, 1),
                LocalDate.of(2024, 5, 2),
                0,
                new BigDecimal("16"),
                CourseScope.PROVINCIAL,
                null);
        assertThat(CourseValidator.validate(online, rules)).isEmpty();
        Course tooLong = with(online, online.startDate(), online.endDate(), 0, new BigDecimal("16.5"));
        assertThat(CourseValidator.validate(tooLong, rules))
                .extracting(Problem::key)
                .containsExactly(CourseValidator.HOURS_IMPLAUSIBLE);
    }
}
