package cn.zugong.core.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** The result of one year's annual assessment (DOMAIN.md section 7); one per cadre and year. */
@Entity
@Table(name = "assessment")
public class Assessment extends CadrePart {

    @Column(name = "assessment_year")
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade")
    private AssessmentGrade grade;

    @Column(name = "note")
    private String note;

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public AssessmentGrade getGrade() {
        return grade;
    }

    public void setGrade(AssessmentGrade grade) {
        this.grade = grade;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
