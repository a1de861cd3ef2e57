package cn.zugong.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The auditors see a record's fields, read back from the JSON the trail wrote, in order. */
class AuditFieldsTest {

    @Test
    void whatAuditJsonWroteReadsBackFieldByField() {
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("name", "张\"三\"\n");
        written.put("age", 42);
        written.put("principal", true);
        written.put("endDate", null);
        written.put("note", "a\\b\u0001");

        Map<String, String> read = AuditFields.parse(AuditJson.of(written));

        assertThat(read.keySet()).containsExactly("name", "age", "principal", "endDate", "note");
        assertThat(read.get("name")).isEqualTo("张\"三\"\n");
        assertThat(read.get("age")).isEqualTo("42");
        assertThat(read.get("principal")).isEqualTo("true");
        assertThat(read.get("endDate")).isNull();
        assertThat(read.get("note")).isEqualTo("a\\b\u0001");
    }

    @Test
    void anEmptyObjectHasNoFields() {
        assertThat(AuditFields.parse("{}")).isEmpty();
    }

    @Test
    void textThatIsNotAFlatObjectIsRefused() {
        assertThatThrownBy(() -> AuditFields.parse("{\"a\":{\"b\":1}}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditFields.parse("[1]")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditFields.parse("{\"a\":1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AuditFields.parse("{\"a\":1} x")).isInstanceOf(IllegalArgumentException.class);
    }
}
