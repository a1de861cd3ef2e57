package cn.zugong.api.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExportEntriesTest {

    @Test
    void aCsvEntryQuotesWhatNeedsQuotingAndLeavesNullsEmpty() {
        Map<String, byte[]> added = new LinkedHashMap<>();
        ExportEntries entries = added::put;

        entries.csv(
                "courses.csv",
                List.of("name", "hours"),
                List.of(List.of("党史, 第一期", 32), Arrays.asList("say \"hi\"", null)));

        assertThat(new String(added.get("courses.csv"), StandardCharsets.UTF_8))
                .isEqualTo("name,hours\r\n\"党史, 第一期\",32\r\n\"say \"\"hi\"\"\",\r\n");
    }
}
