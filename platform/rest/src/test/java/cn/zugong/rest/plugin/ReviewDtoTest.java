package cn.zugong.rest.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.plugin.data.KeptData;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.install.PluginContents;
import cn.zugong.core.plugin.install.PluginReview;
import cn.zugong.core.validation.Problem;
import cn.zugong.rest.ProblemDetail;
import cn.zugong.rest.ProblemTexts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The answer of {@code POST /api/v1/platform/plugins?review=true}: contents, and problems in words. */
class ReviewDtoTest {

    private final PluginReview review = new PluginReview(
            Optional.of(new PluginManifest(
                    "health-exam",
                    "1.0.0",
                    "Acme",
                    "干部体检",
                    ">=1.0.0 & <2.0.0",
                    "",
                    List.of("health-exam.view", "health-exam.manage"),
                    List.of("cadres.read"))),
            "abc",
            Optional.empty(),
            Optional.empty(),
            List.of(new Problem("jar", "plugin.refused.unsigned")),
            new PluginContents(
                    List.of("V1__exams.sql"), List.of("hexam_exam"), List.of("com.acme.ExamGate"), List.of()),
            Optional.of(new KeptData(1, 12)));

    @Test
    void eachProblemHasItsCodeAndItsWordsInTheCallersLanguage() {
        ReviewDto english = ReviewDto.of(review, p -> ProblemTexts.portal().fieldError(p, Locale.ENGLISH));
        ReviewDto chinese =
                ReviewDto.of(review, p -> ProblemTexts.portal().fieldError(p, ProblemTexts.language(List.of())));

        assertThat(english.problems())
                .extracting(ProblemDetail.FieldError::code)
                .containsExactly("plugin.refused.unsigned");
        assertThat(english.problems().getFirst().detail()).startsWith("The module is not signed.");
        assertThat(chinese.problems().getFirst().detail()).startsWith("模块没有签名。");
    }

    @Test
    void theContentsAndTheKeptDataAreAnswered() {
        ReviewDto dto = ReviewDto.of(review, p -> ProblemTexts.portal().fieldError(p, Locale.ENGLISH));

        assertThat(dto.description()).isEqualTo("干部体检");
        assertThat(dto.permissions()).containsExactly("health-exam.view", "health-exam.manage");
        assertThat(dto.migrations()).containsExactly("V1__exams.sql");
        assertThat(dto.tables()).containsExactly("hexam_exam");
        assertThat(dto.gates()).containsExactly("com.acme.ExamGate");
        assertThat(dto.jobs()).isEmpty();
        assertThat(dto.kept()).isEqualTo(new ReviewDto.Kept(1, 12));
    }
}
