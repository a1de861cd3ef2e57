package cn.zugong.api.view;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;

/**
 * The components whose own texts and calendar live in the browser (date pickers, uploads,
 * multi-select boxes), made in the portal's language: without it they speak English ("December
 * 2026", "Upload File…", "1 items selected") on Chinese pages and start weeks on Sunday. Host and
 * plugin pages make these components here, never with {@code new}:
 *
 * {@snippet class=cn.zugong.api.snippets.ViewSnippets region=widgets :
 * DatePicker start = Widgets.datePicker(getTranslation("course.start"));
 * Upload upload = Widgets.upload();
 * }
 *
 * <p>Weeks start on Monday and dates read {@code yyyy-MM-dd} in both languages (the county's
 * calendar); month and weekday names come from the JDK's locale data, the other texts from the
 * SDK's own bundle {@code cn/zugong/api/view/widgets} (Chinese, English for an English UI), in the
 * language of the current UI.
 *
 * @since 1.2.0
 */
public final class Widgets {

    /** ISO date, as everywhere in the portal. */
    public static final String DATE_FORMAT = "yyyy-MM-dd";

    /** Chinese by default, English in {@code widgets_en}; in the SDK, so plugins and their tests have them. */
    private static final String TEXTS = "cn.zugong.api.view.widgets";

    private static final ResourceBundle.Control ONLY_ASKED =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Widgets() {}

    /** A date picker without a label. */
    public static DatePicker datePicker() {
        return localize(new DatePicker());
    }

    /** A date picker with the given (translated) label. */
    public static DatePicker datePicker(String label) {
        return localize(new DatePicker(label));
    }

    /** An upload; set its handler and limits as usual. */
    public static Upload upload() {
        return localize(new Upload());
    }

    /** A multi-select combo box whose screen-reader announcements are translated. */
    public static <T> MultiSelectComboBox<T> multiSelectComboBox() {
        MultiSelectComboBox<T> box = new MultiSelectComboBox<>();
        box.setI18n(new MultiSelectComboBoxI18n()
                .setCleared(text("multiSelect.cleared"))
                .setFocused(text("multiSelect.focused"))
                .setSelected(text("multiSelect.selected"))
                .setDeselected(text("multiSelect.deselected"))
                .setTotal(text("multiSelect.total")));
        return box;
    }

    /** Sets the portal's calendar and texts on a date picker made elsewhere. */
    public static DatePicker localize(DatePicker picker) {
        Locale locale = language();
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE, locale))
                .setFirstDayOfWeek(1)
                .setDateFormat(DATE_FORMAT)
                .setToday(text("datePicker.today"))
                .setCancel(text("datePicker.cancel"))
                .setBadInputErrorMessage(text("datePicker.badInput")));
        return picker;
    }

    /** Sets the portal's texts on an upload made elsewhere. */
    public static Upload localize(Upload upload) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(
                new UploadI18N.AddFiles().setOne(text("upload.add.one")).setMany(text("upload.add.many")));
        i18n.setDropFiles(
                new UploadI18N.DropFiles().setOne(text("upload.drop.one")).setMany(text("upload.drop.many")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(text("upload.error.tooMany"))
                .setFileIsTooBig(text("upload.error.tooBig"))
                .setIncorrectFileType(text("upload.error.type")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(text("upload.status.connecting"))
                        .setStalled(text("upload.status.stalled"))
                        .setProcessing(text("upload.status.processing"))
                        .setHeld(text("upload.status.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(text("upload.remaining.prefix"))
                        .setUnknown(text("upload.remaining.unknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(text("upload.failed.unavailable"))
                        .setUnexpectedServerError(text("upload.failed.server"))
                        .setForbidden(text("upload.failed.forbidden"))
                        .setFileTooLarge(text("upload.error.tooBig"))));
        i18n.setFile(new UploadI18N.File()
                .setRetry(text("upload.file.retry"))
                .setStart(text("upload.file.start"))
                .setRemove(text("upload.file.remove")));
        upload.setI18n(i18n);
        return upload;
    }

    /** Sunday first, as the web component expects whatever the first day of the week. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return IntStream.range(0, 7)
                .mapToObj(day -> DayOfWeek.SUNDAY.plus(day).getDisplayName(style, locale))
                .toList();
    }

    /** The current UI's language: English, or Chinese for anything else (as the portal's pages). */
    private static Locale language() {
        UI ui = UI.getCurrent();
        return ui != null && "en".equals(ui.getLocale().getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static String text(String key) {
        Locale language = language().equals(Locale.ENGLISH) ? Locale.ENGLISH : Locale.ROOT;
        return ResourceBundle.getBundle(TEXTS, language, Widgets.class.getClassLoader(), ONLY_ASKED)
                .getString(key);
    }
}
