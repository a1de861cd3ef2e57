package cn.zugong.ui.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.core.ballot.domain.Grade;
import cn.zugong.core.ballot.domain.Marks;
import cn.zugong.ui.publicpage.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the public ballot page reads from a request: the reader's language from Accept-Language
 * (Chinese without one), and the marks of the form, refusing a form no ballot page sends.
 */
class PublicRequestsTest {

    /** A request with these headers' languages and these form fields, nothing else. */
    private static HttpServletRequest request(String acceptLanguage, List<Locale> locales, Map<String, String[]> form) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                PublicRequestsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> "Accept-Language".equals(args[0]) ? acceptLanguage : null;
                    case "getLocales" -> Collections.enumeration(locales);
                    case "getParameterValues" -> form.get((String) args[0]);
                    case "getParameterMap" -> form;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void theFirstSupportedLanguageTheBrowserAsksForIsThePagesChineseOtherwise() {
        assertThat(PublicPage.locale(request("en-GB,zh;q=0.5", List.of(Locale.UK, Locale.CHINESE), Map.of())))
                .isEqualTo(Locale.ENGLISH);
        assertThat(PublicPage.locale(request(
                                "fr,zh-CN;q=0.8,en;q=0.5",
                                List.of(Locale.FRENCH, Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH),
                                Map.of()))
                        .getLanguage())
                .isEqualTo("zh");
        assertThat(PublicPage.locale(request("fr", List.of(Locale.FRENCH), Map.of()))
                        .getLanguage())
                .isEqualTo("zh");
        assertThat(PublicPage.locale(request(null, List.of(Locale.US), Map.of()))
                        .getLanguage())
                .as("no header: the container's default locale is not the reader's")
                .isEqualTo("zh");
    }

    @Test
    void theFormsMarksAreReadAsTheBallotPageSendsThem() {
        assertThat(BallotServlet.marks(
                        request(null, List.of(), Map.of("code", new String[] {"x"}, "n", new String[] {"0", "2"}))))
                .isEqualTo(Marks.choose(Set.of(0, 2)));
        assertThat(BallotServlet.marks(request(
                        null, List.of(), Map.of("g0", new String[] {"EXCELLENT"}, "g1", new String[] {"BASIC"}))))
                .isEqualTo(Marks.grade(Map.of(0, Grade.EXCELLENT, 1, Grade.BASIC)));
        assertThat(BallotServlet.marks(request(null, List.of(), Map.of("code", new String[] {"x"}))))
                .as("nothing marked: a blank ballot")
                .isEqualTo(Marks.choose(Set.of()));
    }

    @Test
    void aFormNoBallotPageSendsIsRefused() {
        assertThatThrownBy(() -> BallotServlet.marks(request(null, List.of(), Map.of("n", new String[] {"one"}))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BallotServlet.marks(request(null, List.of(), Map.of("g0", new String[] {"BEST"}))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BallotServlet.marks(
                        request(null, List.of(), Map.of("n", new String[] {"0"}, "g0", new String[] {"EXCELLENT"}))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
