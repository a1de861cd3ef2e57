package cn.zugong.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditJsonTest {

    @Test
    void fieldsAreWrittenInOrderWithTheirJsonTypes() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", "温江区教育局");
        fields.put("posts", 3);
        fields.put("enabled", true);
        fields.put("parentId", null);

        assertThat(AuditJson.of(fields))
                .isEqualTo("{\"name\":\"温江区教育局\",\"posts\":3,\"enabled\":true,\"parentId\":null}");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscaped() {
        assertThat(AuditJson.of(Map.of("s", "a\"b\\c\nd\u0001"))).isEqualTo("{\"s\":\"a\\\"b\\\\c\\nd\\u0001\"}");
    }
}
