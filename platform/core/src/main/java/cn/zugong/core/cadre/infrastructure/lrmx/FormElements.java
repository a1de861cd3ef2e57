package cn.zugong.core.cadre.infrastructure.lrmx;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The text elements of a form by their .lrmx names ({@code XingMing}, {@code NianDuKaoHeJieGuo} …,
 * every element of DOMAIN.md 6.2 except the family table and the photo), so that code outside the
 * format can compare and replace a form's texts element by element.
 */
public final class FormElements {

    private FormElements() {}

    /** Each text element's name and the form's text for it, in the file's order. */
    public static Map<String, String> texts(AppointmentForm form) {
        Map<String, String> texts = new LinkedHashMap<>();
        Arrays.stream(LrmxField.values())
                .filter(LrmxField::isText)
                .forEach(field -> texts.put(field.element(), field.valueOf(form)));
        return texts;
    }

    /** Whether the name is one of the text elements. */
    public static boolean isText(String element) {
        return LrmxField.named(element).filter(LrmxField::isText).isPresent();
    }

    /** The form with the texts of the named elements replaced; names that are no text element are ignored. */
    public static AppointmentForm withTexts(AppointmentForm form, Map<String, String> replaced) {
        Map<LrmxField, String> text = new EnumMap<>(LrmxField.class);
        for (LrmxField field : LrmxField.values()) {
            if (field.isText()) {
                text.put(field, replaced.getOrDefault(field.element(), field.valueOf(form)));
            }
        }
        return LrmxField.form(text, form.family(), form.photo(), form.unknownElements());
    }
}
