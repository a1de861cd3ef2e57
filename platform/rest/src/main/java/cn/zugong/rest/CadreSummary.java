package cn.zugong.rest;

import cn.zugong.core.cadre.domain.CadreRow;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CivilRank;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.util.UUID;

/** One line of the cadre list: what the list shows, nothing sensitive. */
public record CadreSummary(
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
        ManagementAuthority managementAuthority) {

    public static CadreSummary of(CadreRow row) {
        return new CadreSummary(
                row.id(),
                row.tenantId(),
                row.name(),
                row.gender(),
                row.birthDate(),
                row.ethnicity(),
                row.unitName(),
                row.currentPost(),
                row.postLevel(),
                row.civilRank(),
                row.politicalStatus(),
                row.fullTimeLevel(),
                row.status(),
                row.managementAuthority());
    }
}
