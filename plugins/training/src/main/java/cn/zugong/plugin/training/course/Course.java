package cn.zugong.plugin.training.course;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A training course (DOMAIN §1.3 {@code TrainingCourse}) as entered, before or after validation:
 * any component may be missing ({@code null}) while a user is still filling it in; {@link
 * CourseValidator} says what is wrong. Field names of problems are the component names.
 *
 * @param name the course's name
 * @param organizerKind what kind of institution runs it
 * @param organizer the institution's name
 * @param mode how it is taken
 * @param category its category (article 13)
 * @param startDate the first day
 * @param endDate the last day
 * @param days training days; 0 when not counted in days (online, self-study)
 * @param hours the hours it gives, to one decimal
 * @param scope the county's own, or published by the province
 * @param recognizedBy the training authority that recognized it (rending danwei), when known
 */
public record Course(
        String name,
        OrganizerKind organizerKind,
        String organizer,
        CourseMode mode,
        CourseCategory category,
        LocalDate startDate,
        LocalDate endDate,
        int days,
        BigDecimal hours,
        CourseScope scope,
        String recognizedBy) {

    /** The calendar days from the first to the last day, both included; 0 when a date is missing. */
    public int calendarDays() {
        if (startDate == null || endDate == null || endDate.isBefore(startDate)) {
            return 0;
        }
        return Math.toIntExact(ChronoUnit.DAYS.between(startDate, endDate) + 1);
    }
}
