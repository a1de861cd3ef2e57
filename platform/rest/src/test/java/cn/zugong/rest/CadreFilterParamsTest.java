package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class CadreFilterParamsTest {

    @Test
    void anAgeNoOneReachesIsRefusedInsteadOfLeavingTheCalendar() {
        CadreFilterParams params = new CadreFilterParams();
        params.maxAge = "2147483647";
        params.minAge = "-1";

        assertThat(catchThrowableOfType(ValidationException.class, params::toFilter)
                        .problems())
                .containsExactly(new Problem("minAge", "api.error.parameter"));
        params.minAge = "30";
        assertThat(catchThrowableOfType(ValidationException.class, params::toFilter)
                        .problems())
                .containsExactly(new Problem("maxAge", "api.error.parameter"));
    }

    @Test
    void anAgeRangeOfLivingPeopleIsAFilter() {
        CadreFilterParams params = new CadreFilterParams();
        params.minAge = "0";
        params.maxAge = "150";

        assertThat(params.toFilter().maxAge()).isEqualTo(150);
    }
}
