package cn.zugong.rest;

import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CivilRank;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.cadre.domain.ManagementAuthority;
import cn.zugong.core.cadre.domain.PoliticalStatus;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.ws.rs.QueryParam;
import java.util.List;

/**
 * The query parameters of the cadre list, the same filters as the list view. Enum values are the
 * constant names ({@code COUNTY_DEPUTY}, {@code county-deputy} also works); ages are whole years
 * today.
 */
public class CadreFilterParams {

    @QueryParam("search")
    String search;

    @QueryParam("unitId")
    String unitId;

    @QueryParam("postLevel")
    String postLevel;

    @QueryParam("civilRank")
    String civilRank;

    @QueryParam("minAge")
    String minAge;

    @QueryParam("maxAge")
    String maxAge;

    @QueryParam("gender")
    String gender;

    @QueryParam("ethnicity")
    String ethnicity;

    @QueryParam("politicalStatus")
    String politicalStatus;

    @QueryParam("minEducation")
    String minEducation;

    @QueryParam("status")
    String status;

    @QueryParam("managementAuthority")
    String managementAuthority;

    /** The oldest age a filter takes; beyond it the birth-date bounds would leave the calendar. */
    static final int MAX_AGE = 150;

    public CadreFilter toFilter() {
        Integer min = age(minAge, "minAge");
        Integer max = age(maxAge, "maxAge");
        if (min != null && max != null && min > max) {
            throw new ValidationException(List.of(new Problem("maxAge", "api.error.age-range")));
        }
        return new CadreFilter(
                search,
                QueryValues.uuid(unitId, "unitId"),
                QueryValues.enumValue(PostLevel.class, postLevel, "postLevel"),
                QueryValues.enumValue(CivilRank.class, civilRank, "civilRank"),
                min,
                max,
                QueryValues.enumValue(Gender.class, gender, "gender"),
                ethnicity,
                QueryValues.enumValue(PoliticalStatus.class, politicalStatus, "politicalStatus"),
                QueryValues.enumValue(EducationLevel.class, minEducation, "minEducation"),
                QueryValues.enumValue(CadreStatus.class, status, "status"),
                QueryValues.enumValue(ManagementAuthority.class, managementAuthority, "managementAuthority"),
                null);
    }

    private static Integer age(String value, String parameter) {
        Integer age = QueryValues.integer(value, parameter);
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw QueryValues.invalid(parameter);
        }
        return age;
    }
}
