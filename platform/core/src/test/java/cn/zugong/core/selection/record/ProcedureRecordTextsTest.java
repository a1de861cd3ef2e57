package cn.zugong.core.selection.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The record prints the dual-management consultation and the new gates in words, not as stored codes or keys. */
class ProcedureRecordTextsTest {

    @Test
    void theCoManagersAnswerAndTheConsultationAreLabelled() {
        JournalText chinese =
                new JournalText(RecordLabels.of(Locale.SIMPLIFIED_CHINESE), Map.of(), List.of(), List.of());

        assertThat(chinese.action("selection.dual.consultation")).startsWith("征求双重管理协管方意见");
        String details =
                chinese.details("{\"coManager\":\"市公安局\",\"consultedOn\":\"2026-09-10\",\"reply\":\"UPPER_AGREED\"}");
        assertThat(details)
                .contains("协管方", "市公安局", "书面征求意见日期", "不一致，上级组织部门已同意")
                .doesNotContain("UPPER_AGREED", "coManager");
        assertThat(new JournalText(RecordLabels.of(Locale.ENGLISH), Map.of(), List.of(), List.of())
                        .details("{\"reply\":\"AGREED\"}"))
                .contains("Agreed")
                .doesNotContain("AGREED");
    }

    @Test
    void theResultsOfTheNoticeAndConsultationGatesAreTranslated() {
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            RecordLabels labels = RecordLabels.of(locale);
            assertThat(labels.message(
                            "eligibility.dual-management.waiting", List.of("市公安局", "2026-09-10", "2026-10-10")))
                    .contains("市公安局", "2026-10-10")
                    .doesNotContain("eligibility.", "{");
            assertThat(labels.message("eligibility.inspection-notice.too-early", List.of("4", "1", "3")))
                    .contains("4")
                    .doesNotContain("eligibility.", "{");
            assertThat(labels.find("gate.core.inspection-notice")).isPresent();
            assertThat(labels.find("gate.core.dual-management")).isPresent();
        }
    }
}
