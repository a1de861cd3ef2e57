package cn.zugong.core.cadre.domain;

import cn.zugong.core.unit.PostLevel;
import java.util.Arrays;

/**
 * What the dashboard counts active cadres by. Each category is the name of a value of the list's
 * filter ({@link #filter}), so every figure opens the list it counts. Education is counted
 * cumulatively ("university or above"), as the list's education filter selects. The age
 * pyramid's categories join an age band and a gender ({@link #ageAndGender}).
 */
public enum FigureDimension {
    POST_LEVEL,
    AGE_BAND,
    GENDER,
    EDUCATION,
    ETHNICITY,
    POLITICAL_STATUS,
    MANAGEMENT_AUTHORITY,
    AGE_AND_GENDER;

    /** The category of the age pyramid for a band and a gender, e.g. {@code FROM_35_TO_39.FEMALE}. */
    public static String ageAndGender(AgeBand band, Gender gender) {
        return band.name() + "." + gender.name();
    }

    /** Every active cadre: the filter of a county's total. */
    public static CadreFilter activeCadres() {
        return new CadreFilter(
                "", null, null, null, null, null, null, null, null, null, CadreStatus.ACTIVE, null, null);
    }

    /** The fixed categories in display order; empty for ethnicity (free text) and the pyramid. */
    public Enum<?>[] categories() {
        return switch (this) {
            case POST_LEVEL -> PostLevel.values();
            case AGE_BAND -> AgeBand.values();
            case GENDER -> Gender.values();
            // "Junior high or below, or above" would be everyone: the lowest level is not a figure.
            case EDUCATION -> Arrays.copyOf(EducationLevel.values(), EducationLevel.values().length - 1);
            case ETHNICITY, AGE_AND_GENDER -> new Enum<?>[0];
            case POLITICAL_STATUS -> PoliticalStatus.values();
            case MANAGEMENT_AUTHORITY -> ManagementAuthority.values();
        };
    }

    /** The active cadres of one category, as the list filters them. */
    public CadreFilter filter(String category) {
        Integer minAge = null;
        Integer maxAge = null;
        Gender gender = this == GENDER ? Gender.valueOf(category) : null;
        if (this == AGE_BAND || this == AGE_AND_GENDER) {
            String[] parts = category.split("\\.");
            AgeBand band = AgeBand.valueOf(parts[0]);
            gender = this == AGE_AND_GENDER ? Gender.valueOf(parts[1]) : gender;
            minAge = band.minAge;
            maxAge = band.maxAge;
        }
        return new CadreFilter(
                "",
                null,
                this == POST_LEVEL ? PostLevel.valueOf(category) : null,
                null,
                minAge,
                maxAge,
                gender,
                this == ETHNICITY ? category : null,
                this == POLITICAL_STATUS ? PoliticalStatus.valueOf(category) : null,
                this == EDUCATION ? EducationLevel.valueOf(category) : null,
                CadreStatus.ACTIVE,
                this == MANAGEMENT_AUTHORITY ? ManagementAuthority.valueOf(category) : null,
                null);
    }
}
