package cn.zugong.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.view.Widgets;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The widgets whose texts live in the browser speak the page's language: a Chinese page shows a
 * Chinese calendar starting on Monday, Chinese upload buttons and screen-reader announcements.
 */
@ExtendWith(PortalUi.class)
class WidgetsTest {

    @Test
    void aChineseDatePickerHasChineseMonthsWeeksFromMondayAndIsoDates() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        DatePicker.DatePickerI18n i18n = Widgets.datePicker().getI18n();

        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getMonthNames()).startsWith("一月").endsWith("十二月");
        assertThat(i18n.getWeekdays()).startsWith("星期日", "星期一");
        assertThat(i18n.getWeekdaysShort()).startsWith("周日", "周一");
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getCancel()).isEqualTo("取消");
        assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd");
    }

    @Test
    void anEnglishDatePickerSpeaksEnglishOnTheSameCalendar() {
        UI.getCurrent().setLocale(Locale.ENGLISH);

        DatePicker.DatePickerI18n i18n = Widgets.datePicker("Start").getI18n();

        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(i18n.getMonthNames()).startsWith("January").endsWith("December");
        assertThat(i18n.getWeekdaysShort()).startsWith("Sun", "Mon");
        assertThat(i18n.getToday()).isEqualTo("Today");
        assertThat(i18n.getDateFormats()).containsExactly("yyyy-MM-dd");
    }

    @Test
    void aChineseUploadAsksForAFileInChinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        Upload upload = Widgets.upload();

        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("选择文件…");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("也可将文件拖放到此处");
        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("文件太大。");
    }

    @Test
    void aChineseMultiSelectCountsTheSelectionInChinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);

        MultiSelectComboBox<String> box = Widgets.multiSelectComboBox();

        assertThat(box.getI18n().getTotal()).isEqualTo("已选 {count} 项");
        assertThat(box.getI18n().getCleared()).isEqualTo("已清除所选");
    }
}
