package cn.zugong.plugin.training.course;

import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.rules.CreditRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** What is wrong with a course as entered: every problem at once, none for a valid course. */
public final class CourseValidator {

    public static final String REQUIRED = "training.course.required";
    public static final String END_BEFORE_START = "training.course.endBeforeStart";
    public static final String DAYS_POSITIVE = "training.course.daysPositive";
    public static final String DAYS_NEGATIVE = "training.course.daysNegative";
    public static final String DAYS_EXCEED_SPAN = "training.course.daysExceedSpan";
    public static final String HOURS_POSITIVE = "training.course.hoursPositive";
    public static final String HOURS_SCALE = "training.course.hoursScale";
    public static final String HOURS_IMPLAUSIBLE = "training.course.hoursImplausible";
    public static final String TOO_LONG = "training.course.tooLong";

    /** The longest name, organizer or recognizing authority a course may have (its stored columns). */
    public static final int MAX_TEXT = 200;

    private CourseValidator() {}

    public static List<Problem> validate(Course course, CreditRules rules) {
        List<Problem> problems = new ArrayList<>();
        required(problems, "name", blank(course.name()));
        required(problems, "organizerKind", course.organizerKind() == null);
        required(problems, "organizer", blank(course.organizer()));
        required(problems, "mode", course.mode() == null);
        required(problems, "category", course.category() == null);
        required(problems, "scope", course.scope() == null);
        required(problems, "startDate", course.startDate() == null);
        required(problems, "endDate", course.endDate() == null);
        required(problems, "hours", course.hours() == null);
        length(problems, "name", course.name());
        length(problems, "organizer", course.organizer());
        length(problems, "recognizedBy", course.recognizedBy());
        if (course.startDate() != null
                && course.endDate() != null
                && course.endDate().isBefore(course.startDate())) {
            problems.add(Problem.of("endDate", END_BEFORE_START, course.startDate(), course.endDate()));
        }
        days(problems, course);
        hours(problems, course, rules);
        return List.copyOf(problems);
    }

    private static void days(List<Problem> problems, Course course) {
        if (course.days() < 0) {
            problems.add(Problem.of("days", DAYS_NEGATIVE));
        } else if (course.days() == 0 && course.mode() != null && course.mode().attended()) {
            // tuochan and jizhong courses count in days too (T1 "3 months", T3 "12 days").
            problems.add(Problem.of("days", DAYS_POSITIVE));
        } else if (course.calendarDays() > 0 && course.days() > course.calendarDays()) {
            problems.add(Problem.of("days", DAYS_EXCEED_SPAN, course.days(), course.calendarDays()));
        }
    }

    private static void hours(List<Problem> problems, Course course, CreditRules rules) {
        BigDecimal hours = course.hours();
        if (hours == null) {
            return;
        }
        if (hours.signum() <= 0) {
            problems.add(Problem.of("hours", HOURS_POSITIVE));
            return;
        }
        if (hours.stripTrailingZeros().scale() > 1) {
            problems.add(Problem.of("hours", HOURS_SCALE, hours));
        }
        // A course without days (online, self-study) is bounded by its calendar span instead.
        int days = course.days() > 0 ? course.days() : course.calendarDays();
        if (days > 0 && hours.compareTo(rules.maxHours(days)) > 0) {
            problems.add(Problem.of("hours", HOURS_IMPLAUSIBLE, hours, days, rules.maxHoursPerDay()));
        }
    }

    private static void required(List<Problem> problems, String field, boolean missing) {
        if (missing) {
            problems.add(Problem.of(field, REQUIRED));
        }
    }

    private static void length(List<Problem> problems, String field, String text) {
        if (text != null && text.strip().length() > MAX_TEXT) {
            problems.add(Problem.of(field, TOO_LONG, MAX_TEXT));
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
