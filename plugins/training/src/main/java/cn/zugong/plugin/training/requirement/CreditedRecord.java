package cn.zugong.plugin.training.requirement;

import cn.zugong.plugin.training.course.CourseMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * Hours credited to a cadre: a credited enrollment, or a row imported from an online platform. A
 * record counts in the year and window its completion date falls in.
 *
 * @param cadreId the cadre
 * @param courseName the course's name (with the date, what makes a record a duplicate)
 * @param mode how the course was taken: decides what the hours count towards
 * @param completedOn the day the course was completed
 * @param hours the hours credited
 * @param days the training days credited (0 for online study)
 */
public record CreditedRecord(
        UUID cadreId, String courseName, CourseMode mode, LocalDate completedOn, BigDecimal hours, int days) {

    public CreditedRecord {
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(courseName, "courseName");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(completedOn, "completedOn");
        Objects.requireNonNull(hours, "hours");
    }

    /** The course name as compared for duplicates: without any white space. */
    public static String sameCourse(String courseName) {
        return courseName.replaceAll("[\\s\\u3000]+", "");
    }
}
