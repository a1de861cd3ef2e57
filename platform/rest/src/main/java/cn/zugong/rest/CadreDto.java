package cn.zugong.rest;

import cn.zugong.core.cadre.domain.Cadre;
import cn.zugong.core.cadre.domain.CadreFile;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CivilRank;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.Health;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A cadre's own fields as the caller may see them. The id number is present only for callers with
 * a sensitive role ({@code CountyAccess.canSeeSensitive()}); otherwise it is null and left out of
 * the JSON. Unit, current post and resume follow the post holdings and are read-only here.
 */
public record CadreDto(
        UUID id,
        String tenantId,
        long version,
        String name,
        Gender gender,
        LocalDate birthDate,
        boolean birthDayKnown,
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
        UUID unitId,
        String unitName,
        String currentPost,
        PostLevel postLevel,
        LocalDate levelSince,
        CivilRank civilRank,
        LocalDate rankSince,
        ManagementAuthority managementAuthority,
        CadreStatus status,
        LocalDate statusSince,
        String resume,
        String proposedPost,
        String proposedRemoval,
        String appointmentReason,
        String reportingUnit,
        boolean hasPhoto) {

    /** The file as its reader may see it; the id number is dropped unless the file is the sensitive view. */
    public static CadreDto of(CadreFile file) {
        Cadre c = file.cadre();
        return new CadreDto(
                c.getId(),
                c.getTenantId(),
                c.getVersion(),
                c.getName(),
                c.getGender(),
                c.getBirthDate(),
                c.isBirthDayKnown(),
                c.getEthnicity(),
                c.getNativePlace(),
                c.getBirthPlace(),
                c.getGrowthPlace(),
                file.sensitive() ? c.getIdNumber() : null,
                c.getPoliticalStatus(),
                c.getPartyJoined(),
                c.getWorkStarted(),
                c.getHealth(),
                c.education().getProfessionalTitle(),
                c.education().getExpertise(),
                c.education().getFullTimeLevel(),
                c.education().getFullTimeDegree(),
                c.education().getFullTimeLevelSchool(),
                c.education().getFullTimeDegreeSchool(),
                c.education().getInServiceLevel(),
                c.education().getInServiceDegree(),
                c.education().getInServiceLevelSchool(),
                c.education().getInServiceDegreeSchool(),
                c.getUnitId(),
                file.unitName(),
                c.getCurrentPost(),
                c.getPostLevel(),
                c.getLevelSince(),
                c.getCivilRank(),
                c.getRankSince(),
                c.getManagementAuthority(),
                c.getStatus(),
                c.getStatusSince(),
                c.getResume(),
                c.proposal().getProposedPost(),
                c.proposal().getProposedRemoval(),
                c.proposal().getAppointmentReason(),
                c.proposal().getReportingUnit(),
                file.hasPhoto());
    }
}
