package cn.zugong.rest;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CivilRank;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.Health;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;

/**
 * The body of a cadre create or update: the fields the cadre form edits. An update replaces them
 * all; {@code version} is the version it was based on (or send {@code If-Match}). The id number is
 * taken only from callers who may see it; for others the stored one stays.
 */
public record CadreInput(
        String name,
        Gender gender,
        LocalDate birthDate,
        Boolean birthDayKnown,
        String ethnicity,
        String nativePlace,
        String birthPlace,
        String growthPlace,
        String idNumber,
        PoliticalStatus politicalStatus,
        String partyJoined,
        String workStarted,
        Health health,
        String professionalTitle,
        String expertise,
        EducationLevel fullTimeLevel,
        String fullTimeDegree,
        String fullTimeLevelSchool,
        String fullTimeDegreeSchool,
        EducationLevel inServiceLevel,
        String inServiceDegree,
        String inServiceLevelSchool,
        String inServiceDegreeSchool,
        PostLevel postLevel,
        LocalDate levelSince,
        CivilRank civilRank,
        LocalDate rankSince,
        ManagementAuthority managementAuthority,
        CadreStatus status,
        String proposedPost,
        String proposedRemoval,
        String appointmentReason,
        String reportingUnit,
        Long version) {

    public Cadre applyTo(Cadre cadre, boolean sensitive) {
        cadre.setName(name == null ? null : name.strip());
        cadre.setGender(gender);
        cadre.setBirthDate(birthDate);
        cadre.setBirthDayKnown(birthDayKnown == null || birthDayKnown);
        cadre.setEthnicity(ethnicity);
        cadre.setNativePlace(nativePlace);
        cadre.setBirthPlace(birthPlace);
        cadre.setGrowthPlace(growthPlace);
        if (sensitive) {
            cadre.setIdNumber(idNumber);
        }
        cadre.setPoliticalStatus(politicalStatus);
        cadre.setPartyJoined(partyJoined);
        cadre.setWorkStarted(workStarted);
        cadre.setHealth(health);
        cadre.education().setProfessionalTitle(professionalTitle);
        cadre.education().setExpertise(expertise);
        cadre.education().setFullTimeLevel(fullTimeLevel);
        cadre.education().setFullTimeDegree(fullTimeDegree);
        cadre.education().setFullTimeLevelSchool(fullTimeLevelSchool);
        cadre.education().setFullTimeDegreeSchool(fullTimeDegreeSchool);
        cadre.education().setInServiceLevel(inServiceLevel);
        cadre.education().setInServiceDegree(inServiceDegree);
        cadre.education().setInServiceLevelSchool(inServiceLevelSchool);
        cadre.education().setInServiceDegreeSchool(inServiceDegreeSchool);
        cadre.setPostLevel(postLevel);
        cadre.setLevelSince(levelSince);
        cadre.setCivilRank(civilRank);
        cadre.setRankSince(rankSince);
        cadre.setManagementAuthority(managementAuthority);
        cadre.setStatus(status);
        cadre.proposal().setProposedPost(proposedPost);
        cadre.proposal().setProposedRemoval(proposedRemoval);
        cadre.proposal().setAppointmentReason(appointmentReason);
        cadre.proposal().setReportingUnit(reportingUnit);
        return cadre;
    }
}
