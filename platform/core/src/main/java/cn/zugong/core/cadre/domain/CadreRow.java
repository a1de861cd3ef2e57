package cn.zugong.core.cadre.domain;

import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the cadre list: what the list shows, nothing sensitive. */
public record CadreRow(
        UUID id,
        String tenantId,
        String name,
        Gender gender,
        LocalDate birthDate,
        String ethnicity,
        String unitName,
        String currentPost,
        PostLevel postLevel,
        CivilRank civilRank,
        PoliticalStatus politicalStatus,
        EducationLevel fullTimeLevel,
        CadreStatus status,
        ManagementAuthority managementAuthority) {}
