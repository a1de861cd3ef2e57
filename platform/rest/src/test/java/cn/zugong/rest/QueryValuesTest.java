package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitQuery;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class QueryValuesTest {

    @Test
    void enumValuesAreReadInEveryUsualSpelling() {
        assertThat(QueryValues.enumValue(PostLevel.class, "COUNTY_DEPUTY", "postLevel"))
                .isEqualTo(PostLevel.COUNTY_DEPUTY);
        assertThat(QueryValues.enumValue(PostLevel.class, "county-deputy", "postLevel"))
                .isEqualTo(PostLevel.COUNTY_DEPUTY);
        assertThat(QueryValues.enumValue(UnitQuery.Sort.class, "principalPosts", "sort"))
                .isEqualTo(UnitQuery.Sort.PRINCIPAL_POSTS);
        assertThat(QueryValues.enumValue(Gender.class, " female ", "gender")).isEqualTo(Gender.FEMALE);
        assertThat(QueryValues.enumValue(CadreStatus.class, "", "status")).isNull();
    }

    @Test
    void aBadValueIsAProblemNamingTheParameter() {
        ValidationException invalid = catchThrowableOfType(
                ValidationException.class, () -> QueryValues.enumValue(Gender.class, "x", "gender"));

        assertThat(invalid.problems()).containsExactly(new Problem("gender", "api.error.parameter"));
        assertThat(catchThrowableOfType(ValidationException.class, () -> QueryValues.uuid("1-2", "unitId"))
                        .problems())
                .containsExactly(new Problem("unitId", "api.error.parameter"));
        assertThat(catchThrowableOfType(ValidationException.class, () -> QueryValues.integer("ten", "minAge"))
                        .problems())
                .containsExactly(new Problem("minAge", "api.error.parameter"));
    }

    @Test
    void numbersIdsAndFlagsAreRead() {
        UUID id = UUID.randomUUID();
        assertThat(QueryValues.uuid(id.toString(), "unitId")).isEqualTo(id);
        assertThat(QueryValues.integer("40", "minAge")).isEqualTo(40);
        assertThat(QueryValues.bool("true")).isTrue();
        assertThat(QueryValues.bool(null)).isFalse();
    }
}
