package cn.zugong.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MiniJsonTest {

    @Test
    void aDocumentBecomesMapsListsAndValues() {
        Object parsed = MiniJson.parse(
                " {\"id\":\"notes\",\"n\":3,\"rate\":0.5,\"ok\":true,\"none\":null,\"list\":[1,{\"a\":\"\\u6e29\\\"\"}],\"empty\":{}} ");

        assertThat(castToMap(parsed))
                .containsEntry("id", "notes")
                .containsEntry("n", 3L)
                .containsEntry("rate", 0.5)
                .containsEntry("ok", true)
                .containsEntry("list", List.of(1L, Map.of("a", "温\"")))
                .containsEntry("empty", Map.of())
                .containsEntry("none", null);
    }

    @Test
    void textThatIsNotJsonIsRefused() {
        assertThatThrownBy(() -> MiniJson.parse("<html>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MiniJson.parse("{\"a\":1} x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MiniJson.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void stringsAreQuotedWithTheirEscapes() {
        assertThat(MiniJson.quote("温江 \"A\"\\\n")).isEqualTo("\"温江 \\\"A\\\"\\\\\\n\"");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castToMap(Object parsed) {
        return (Map<String, Object>) parsed;
    }
}
