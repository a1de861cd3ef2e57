package cn.zugong.core.cadre.domain;

import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The filters of the cadre list; null means "any". Ages are computed at {@code referenceDate}, as
 * the approval form does (DOMAIN.md V-F2). {@code minEducation} keeps cadres whose full-time or
 * in-service education reaches that level. {@code county} narrows a supervisor's list to one county
 * of the scope (the dashboard's drill-down); it never widens what the caller reads. {@code held}
 * keeps the cadres behind a figure of the annual statistics on a date ({@link HeldFigure}: held a
 * post on that date), null for any.
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
        LocalDate referenceDate,
        String county,
        HeldFigure held) {

    public static final CadreFilter NONE =
            new CadreFilter("", null, null, null, null, null, null, null, null, null, null, null, null);

    /** Over every readable county. */
    public CadreFilter(
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
        this(
                search,
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
                referenceDate,
                null);
    }

    /** Without a statistics figure. */
    public CadreFilter(
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
            LocalDate referenceDate,
            String county) {
        this(
                search,
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
                referenceDate,
                county,
                null);
    }

    public CadreFilter {
        search = NamePinyin.normalize(search);
        ethnicity = ethnicity == null || ethnicity.isBlank() ? null : ethnicity.strip();
        county = county == null || county.isBlank() ? null : county.strip();
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
                referenceDate,
                county,
                held);
    }

    /** The same filter within one county of the caller's tenancy (null: every readable county). */
    public CadreFilter withCounty(String code) {
        return new CadreFilter(
                search,
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
                referenceDate,
                code,
                held);
    }

    /** The same filter narrowed to the cadres behind a statistics figure on a date (null: any). */
    public CadreFilter withHeld(HeldFigure figure) {
        return new CadreFilter(
                search,
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
                referenceDate,
                county,
                figure);
    }
}
