package cn.zugong.plugin.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A course as a department above publishes it to its counties: its values as text, and back. The
 * county's copy takes the scope of the department that published it.
 */
public final class PublishedCourse {

    private PublishedCourse() {}

    /** The values a department publishes of its course. */
    public static Map<String, String> content(Course course) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", course.name());
        values.put("organizerKind", course.organizerKind().name());
        values.put("organizer", course.organizer());
        values.put("mode", course.mode().name());
        values.put("category", course.category().name());
        values.put("startDate", course.startDate().toString());
        values.put("endDate", course.endDate().toString());
        values.put("days", Integer.toString(course.days()));
        values.put("hours", course.hours().toPlainString());
        if (course.recognizedBy() != null && !course.recognizedBy().isBlank()) {
            values.put("recognizedBy", course.recognizedBy());
        }
        return values;
    }

    /**
     * The county's copy of a published course; empty when the values cannot be read (published by
     * a later version of the plugin, for example).
     */
    public static Optional<Course> course(Map<String, String> content, CourseScope scope) {
        try {
            return Optional.of(new Course(
                    content.get("name"),
                    OrganizerKind.valueOf(content.get("organizerKind")),
                    content.get("organizer"),
                    CourseMode.valueOf(content.get("mode")),
                    CourseCategory.valueOf(content.get("category")),
                    LocalDate.parse(content.get("startDate")),
                    LocalDate.parse(content.get("endDate")),
                    Integer.parseInt(content.get("days")),
                    new BigDecimal(content.get("hours")),
                    scope,
                    content.get("recognizedBy")));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * The scope of a course published by the department of {@code publisherCode}: a province's
     * division code ends in {@code 0000}, a city's in {@code 00}.
     */
    public static CourseScope scopeOf(String publisherCode) {
        return publisherCode.endsWith("0000") ? CourseScope.PROVINCIAL : CourseScope.CITY;
    }

    /** Whether the department of a division code has counties below it (a province or a city). */
    public static boolean publishes(String departmentCode) {
        return departmentCode.endsWith("00");
    }
}
