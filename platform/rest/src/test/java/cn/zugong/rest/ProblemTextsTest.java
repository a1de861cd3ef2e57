package cn.zugong.rest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.validation.Problem;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ProblemTextsTest {

    private final ProblemTexts texts = ProblemTexts.portal();

    @Test
    void fieldProblemsAreExplainedInChineseByDefault() {
        ProblemDetail detail = texts.render(
                new ApiProblem(ProblemKind.INVALID, null, List.of(new Problem("name", "unit.error.name.required"))),
                ProblemTexts.language(List.of()),
                "/api/v1/units");

        assertThat(detail.status()).isEqualTo(400);
        assertThat(detail.type()).isEqualTo("urn:zugong:problem:validation");
        assertThat(detail.title()).isEqualTo("请求内容有误");
        assertThat(detail.instance()).isEqualTo("/api/v1/units");
        assertThat(detail.errors())
                .containsExactly(new ProblemDetail.FieldError("name", "unit.error.name.required", "请填写单位名称。"));
    }

    @Test
    void anEnglishAcceptLanguageGetsEnglish() {
        ProblemDetail detail = texts.render(
                ApiProblem.of(ProblemKind.NOT_FOUND),
                ProblemTexts.language(List.of(Locale.forLanguageTag("en-GB"), Locale.CHINA)),
                "/api/v1/units/x");

        assertThat(detail.title()).isEqualTo("Not found");
        assertThat(detail.detail()).isEqualTo("The requested record was not found.");
    }

    @Test
    void theFirstLanguageThePortalSpeaksWins() {
        assertThat(ProblemTexts.language(List.of(Locale.GERMAN, Locale.forLanguageTag("zh-CN"), Locale.ENGLISH)))
                .isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(ProblemTexts.language(List.of(new Locale("*"), Locale.ENGLISH)))
                .isEqualTo(Locale.ENGLISH);
        assertThat(ProblemTexts.language(null)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void everyKindHasATitleAndADetailInBothLanguages() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
            Arrays.stream(ProblemKind.values()).forEach(kind -> {
                assertThat(bundle.containsKey(kind.titleKey()))
                        .as(kind.titleKey())
                        .isTrue();
                assertThat(bundle.containsKey(kind.detailKey()))
                        .as(kind.detailKey())
                        .isTrue();
            });
        }
    }
}
