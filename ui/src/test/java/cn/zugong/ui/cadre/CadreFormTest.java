package cn.zugong.ui.cadre;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The cadre form's labels: every field says what it is, full-time and on-the-job education apart. */
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
    void noTwoFieldsShareALabelInEnglish() {
        assertThat(labels(Locale.ENGLISH))
                .contains("Degree (full-time)", "Degree (in-service)")
                .doesNotHaveDuplicates();
    }
}
