package cn.zugong.plugin.training.imports;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.course.CourseMode;
import cn.zugong.plugin.training.requirement.CreditedRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One valid row of an import.
 *
 * @param row the row number as Excel shows it
 * @param cadre the cadre found by the identity number
 * @param courseName the course, as written in the file
 * @param hours the hours
 * @param days training days as given; 0 when the file gives none
 * @param completedOn the completion date
 */
public record ImportedRecord(
        int row, CadreRef cadre, String courseName, BigDecimal hours, int days, LocalDate completedOn) {

    public ImportedRecord {
        Objects.requireNonNull(cadre, "cadre");
        Objects.requireNonNull(courseName, "courseName");
        Objects.requireNonNull(hours, "hours");
        Objects.requireNonNull(completedOn, "completedOn");
    }

    /** The record as credited hours of online study. */
    public CreditedRecord toCredited() {
        return new CreditedRecord(cadre.id(), courseName, CourseMode.ONLINE, completedOn, hours, days);
    }
}
