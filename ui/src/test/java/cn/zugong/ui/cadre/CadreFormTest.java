package cn.zugong.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The cadre file's form and header: every field says what it is (full-time and on-the-job
 * education apart), and the header never breaks a name or a link.
 */
@ExtendWith(PortalUi.class)
class CadreFormTest {

    private static List<String> labels(Locale locale) {
        UI.getCurrent().setLocale(locale);
        return new CadreForm(true)
                .getChildren()
                .filter(HasLabel.class::isInstance)
                .map(field -> ((HasLabel) field).getLabel())
                .toList();
    }

    @Test
    void theDegreesAndSchoolsSayWhetherTheyAreFullTimeOrOnTheJob() {
        assertThat(labels(Locale.SIMPLIFIED_CHINESE))
                .contains("全日制学位", "全日制毕业院校系及专业", "在职学位", "在职毕业院校系及专业")
                .doesNotHaveDuplicates();
    }

    @Test
    void theFileHeaderKeepsTheNameAndTheLinksWholeAndWrapsBetweenThem() {
        Span name = new Span("蔡红");
        Anchor print = new Anchor("#", "打印任免表");
        Anchor export = new Anchor("#", "导出 .lrmx");

        HorizontalLayout line = CadreFileView.headerLine(name, new DatePicker(), new Span("男，52 岁"), print, export);

        for (Anchor whole : List.of(print, export)) {
            assertThat(whole.getStyle().get("white-space")).isEqualTo("nowrap");
        }
        assertThat(name.getStyle().get("white-space")).isEqualTo("nowrap");
        assertThat(line.isWrap()).isTrue();
    }

    @Test
    void noTwoFieldsShareALabelInEnglish() {
        assertThat(labels(Locale.ENGLISH))
                .contains("Degree (full-time)", "Degree (in-service)")
                .doesNotHaveDuplicates();
    }
}
