package cn.zugong.core.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A cadre's education and qualifications as the approval form lists them: full-time and in-service
 * education (level, degree and the schools of each), the professional title and expertise.
 */
@Embeddable
public class CadreEducation {

    @Column(name = "professional_title")
    private String professionalTitle;

    @Column(name = "expertise")
    private String expertise;

    @Enumerated(EnumType.STRING)
    @Column(name = "ft_level")
    private EducationLevel fullTimeLevel;

    @Column(name = "ft_degree")
    private String fullTimeDegree;

    @Column(name = "ft_level_school")
    private String fullTimeLevelSchool;

    @Column(name = "ft_degree_school")
    private String fullTimeDegreeSchool;

    @Enumerated(EnumType.STRING)
    @Column(name = "is_level")
    private EducationLevel inServiceLevel;

    @Column(name = "is_degree")
    private String inServiceDegree;

    @Column(name = "is_level_school")
    private String inServiceLevelSchool;

    @Column(name = "is_degree_school")
    private String inServiceDegreeSchool;

    public String getProfessionalTitle() {
        return professionalTitle;
    }

    public void setProfessionalTitle(String professionalTitle) {
        this.professionalTitle = professionalTitle;
    }

    public String getExpertise() {
        return expertise;
    }

    public void setExpertise(String expertise) {
        this.expertise = expertise;
    }

    public EducationLevel getFullTimeLevel() {
        return fullTimeLevel;
    }

    public void setFullTimeLevel(EducationLevel fullTimeLevel) {
        this.fullTimeLevel = fullTimeLevel;
    }

    public String getFullTimeDegree() {
        return fullTimeDegree;
    }

    public void setFullTimeDegree(String fullTimeDegree) {
        this.fullTimeDegree = fullTimeDegree;
    }

    public String getFullTimeLevelSchool() {
        return fullTimeLevelSchool;
    }

    public void setFullTimeLevelSchool(String fullTimeLevelSchool) {
        this.fullTimeLevelSchool = fullTimeLevelSchool;
    }

    public String getFullTimeDegreeSchool() {
        return fullTimeDegreeSchool;
    }

    public void setFullTimeDegreeSchool(String fullTimeDegreeSchool) {
        this.fullTimeDegreeSchool = fullTimeDegreeSchool;
    }

    public EducationLevel getInServiceLevel() {
        return inServiceLevel;
    }

    public void setInServiceLevel(EducationLevel inServiceLevel) {
        this.inServiceLevel = inServiceLevel;
    }

    public String getInServiceDegree() {
        return inServiceDegree;
    }

    public void setInServiceDegree(String inServiceDegree) {
        this.inServiceDegree = inServiceDegree;
    }

    public String getInServiceLevelSchool() {
        return inServiceLevelSchool;
    }

    public void setInServiceLevelSchool(String inServiceLevelSchool) {
        this.inServiceLevelSchool = inServiceLevelSchool;
    }

    public String getInServiceDegreeSchool() {
        return inServiceDegreeSchool;
    }

    public void setInServiceDegreeSchool(String inServiceDegreeSchool) {
        this.inServiceDegreeSchool = inServiceDegreeSchool;
    }
}
