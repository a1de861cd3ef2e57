package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.util.List;
import org.junit.jupiter.api.Test;

class PagingTest {

    @Test
    void theDefaultIsTheFirstPageOfTwenty() {
        Paging paging = Paging.of(null, null);

        assertThat(paging).isEqualTo(new Paging(0, 20));
        assertThat(paging.offset()).isZero();
    }

    @Test
    void theOffsetFollowsPageAndSize() {
        assertThat(Paging.of(3, 50).offset()).isEqualTo(150);
        assertThat(Paging.of(1, 2).page(List.of("c", "d"), 7)).isEqualTo(new Page<>(List.of("c", "d"), 1, 2, 7));
    }

    @Test
    void aSizeAboveTheCapOrANegativePageIsRefusedByName() {
        ValidationException invalid = catchThrowableOfType(ValidationException.class, () -> Paging.of(-1, 201));

        assertThat(invalid.problems())
                .containsExactly(new Problem("page", "api.error.page"), new Problem("size", "api.error.size"));
    }
}
