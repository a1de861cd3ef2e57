package cn.zugong.core.cadre.domain;

import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The filters of the cadre list; null means "any". Ages are computed at {@code referenceDate}, as
 * the approval form does (DOMAIN.md V-F2). {@code minEducation} keeps cadres whose full-time or
 * in-service education reaches that level.
 */
public record CadreFilter(
        String search,
        UUID unitId,
        PostLevel postLevel,
        CivilRank civilRank,
        Integer minAge,
        Integer maxAge,
        Gender gender,
        String ethnicity,
        PoliticalStatus politicalStatus,
        EducationLevel minEducation,
        CadreStatus status,
        ManagementAuthority managementAuthority,
        LocalDate referenceDate) {

    public static final CadreFilter NONE =
            new CadreFilter("", null, null, null, null, null, null, null, null, null, null, null, null);

    public CadreFilter {
        search = NamePinyin.normalize(search);
        ethnicity = ethnicity == null || ethnicity.isBlank() ? null : ethnicity.strip();
        referenceDate = referenceDate == null ? LocalDate.now() : referenceDate;
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new IllegalArgumentException("minAge " + minAge + " > maxAge " + maxAge);
        }
    }

    public CadreFilter withSearch(String text) {
        return new CadreFilter(
                text,
                unitId,
                postLevel,
                civilRank,
                minAge,
                maxAge,
                gender,
                ethnicity,
                politicalStatus,
                minEducation,
                status,
                managementAuthority,
                referenceDate);
    }
}
