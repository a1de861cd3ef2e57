package cn.zugong.core.selection.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record prints the dual-management consultation in words, not as stored codes. */
class JournalTextDualTest {

    @Test
    void theCoManagersAnswerAndTheConsultationAreLabelled() {
        JournalText chinese = new JournalText(RecordLabels.of(Locale.SIMPLIFIED_CHINESE), Map.of(), List.of());

        assertThat(chinese.action("selection.dual.consultation")).startsWith("征求双重管理协管方意见");
        String details =
                chinese.details("{\"coManager\":\"市公安局\",\"consultedOn\":\"2026-09-10\",\"reply\":\"UPPER_AGREED\"}");
        assertThat(details)
                .contains("协管方", "市公安局", "书面征求意见日期", "不一致，上级组织部门已同意")
                .doesNotContain("UPPER_AGREED", "coManager");
        assertThat(new JournalText(RecordLabels.of(Locale.ENGLISH), Map.of(), List.of())
                        .details("{\"reply\":\"AGREED\"}"))
                .contains("Agreed")
                .doesNotContain("AGREED");
    }
}
