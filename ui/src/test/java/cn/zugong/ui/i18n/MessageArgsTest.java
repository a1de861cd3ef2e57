package cn.zugong.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.validation.Problem;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Arguments starting with "@" are message keys, translated before the message is formatted. */
@ExtendWith(PortalUi.class)
class MessageArgsTest {

    private String text(Locale locale, String key, Object... args) {
        UI.getCurrent().setLocale(locale);
        return MessageArgs.text(UI.getCurrent(), key, args);
    }

    @Test
    void severalMissingChecksAreListedInChinese() {
        assertThat(text(
                        Locale.SIMPLIFIED_CHINESE,
                        "selection.gate.checks.missing",
                        "@selection.check.fileReviewedOn, @selection.check.integritySignedOn"))
                .isEqualTo("尚缺：干部人事档案审核、廉洁自律结论");
    }

    @Test
    void theSameChecksAreListedInEnglish() {
        assertThat(text(
                        Locale.ENGLISH,
                        "selection.gate.checks.missing",
                        "@selection.check.mattersCheckedOn, @selection.check.petitionsCheckedOn"))
                .isEqualTo("Missing: personal-matters report check, petitions and reports verified");
    }

    @Test
    void aProblemNamingAStepShowsTheStepsName() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        Problem wrongStep = new Problem("step", "selection.step.wrong", List.of("@selection.step.PUBLICITY"));

        assertThat(MessageArgs.text(UI.getCurrent(), wrongStep)).isEqualTo("此项只能在“任前公示”环节记录。");
    }

    @Test
    void otherArgumentsAreFormattedAsTheyAre() {
        assertThat(text(Locale.ENGLISH, "selection.publicity.running", LocalDate.of(2026, 7, 3)))
                .isEqualTo("The publicity runs until 2026-07-03.");
        assertThat(text(Locale.ENGLISH, "selection.gate.quota.full", "2", "2"))
                .isEqualTo("2 approved, 2 held: no post is free, and posts may not be over-filled.");
    }

    @Test
    void theArgumentsArrayIsLeftAsItWas() {
        Object[] args = {"@selection.opinion.AGREE", 3};

        Object[] translated = MessageArgs.translated(key -> "<" + key + ">", args);

        assertThat(translated).containsExactly("<selection.opinion.AGREE>", 3);
        assertThat(args[0]).isEqualTo("@selection.opinion.AGREE");
    }
}
