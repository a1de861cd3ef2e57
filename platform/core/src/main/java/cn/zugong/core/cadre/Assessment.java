package cn.zugong.core.cadre;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** The result of one year's annual assessment (DOMAIN.md section 7); one per cadre and year. */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "cadre_id")
    private UUID cadreId;

    @Column(name = "assessment_year")
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "grade")
    private AssessmentGrade grade;

    @Column(name = "note")
    private String note;

    public Assessment() {
        this.id = UUID.randomUUID();
    }

    public UUID getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public void setCadreId(UUID cadreId) {
        this.cadreId = cadreId;
    }

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

    @Override
    public boolean equals(Object other) {
        return other instanceof Assessment that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
