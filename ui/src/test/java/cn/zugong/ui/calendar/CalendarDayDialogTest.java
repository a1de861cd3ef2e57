package cn.zugong.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.calendar.CalendarDay;
import cn.zugong.core.calendar.DayKind;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import cn.zugong.ui.PortalUi;
import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The calendar entry dialog without a browser: proposals, checks, refusals on their fields. */
@ExtendWith(PortalUi.class)
class CalendarDayDialogTest {

    private final List<String> calls = new ArrayList<>();
    private List<Problem> refusal = List.of();

    private CalendarDayDialog dialog(Locale locale, CalendarDay day, boolean isNew, boolean readOnly) {
        UI.getCurrent().setLocale(locale);
        CalendarDayDialog dialog = new CalendarDayDialog(day, isNew, readOnly, new CalendarDayDialog.Actions() {
            @Override
            public void save(CalendarDay saved) {
                if (!refusal.isEmpty()) {
                    throw new ValidationException(refusal);
                }
                calls.add("save " + saved.getDate() + " " + saved.getKind() + " " + saved.getName());
            }

            @Override
            public void delete(UUID id) {
                calls.add("delete " + id);
            }
        });
        dialog.open();
        return dialog;
    }

    @Test
    void theDateIsPickedOnAChineseCalendarStartingOnMonday() {
        CalendarDayDialog dialog = dialog(Locale.SIMPLIFIED_CHINESE, new CalendarDay(), true, false);

        assertThat(dialog.date.getI18n().getFirstDayOfWeek()).isEqualTo(1);
        assertThat(dialog.date.getI18n().getMonthNames()).contains("十二月");
        assertThat(dialog.date.getI18n().getToday()).isEqualTo("今天");
    }

    @Test
    void aNewSaturdayIsProposedAsAMakeUpWorkingDayAndSaved() {
        CalendarDayDialog dialog = dialog(Locale.ENGLISH, new CalendarDay(), true, false);
        dialog.date.setValue(LocalDate.of(2026, 10, 10));
        dialog.name.setValue("National Day");

        assertThat(dialog.kind.getValue()).isEqualTo(DayKind.WORKDAY);
        assertThat(dialog.save()).isTrue();
        assertThat(calls).containsExactly("save 2026-10-10 WORKDAY National Day");
        assertThat(dialog.delete.isVisible()).isFalse();
    }

    @Test
    void aNewWeekdayIsProposedAsAHoliday() {
        CalendarDayDialog dialog = dialog(Locale.ENGLISH, new CalendarDay(), true, false);
        dialog.date.setValue(LocalDate.of(2026, 10, 1));

        assertThat(dialog.kind.getValue()).isEqualTo(DayKind.HOLIDAY);
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsExplainedInChinese() {
        CalendarDayDialog dialog = dialog(Locale.SIMPLIFIED_CHINESE, new CalendarDay(), true, false);
        dialog.date.setValue(LocalDate.of(2026, 10, 9));
        dialog.kind.setValue(DayKind.WORKDAY);
        dialog.name.setValue("x");

        assertThat(dialog.save()).isFalse();
        assertThat(calls).isEmpty();
        assertThat(dialog.kind.isInvalid()).isTrue();
        assertThat(dialog.kind.getErrorMessage()).isEqualTo("调休上班日只能是周六或周日；周一至周五本来就是工作日。");
    }

    @Test
    void anEmptyNameIsRequired() {
        CalendarDayDialog dialog = dialog(Locale.ENGLISH, new CalendarDay(), true, false);
        dialog.date.setValue(LocalDate.of(2026, 10, 1));

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("This field is required.");
    }

    @Test
    void aDateTheServiceFindsTakenIsShownOnTheDateField() {
        refusal = List.of(new Problem("date", "calendar.error.date.taken", List.of("2026-10-01")));
        CalendarDayDialog dialog =
                dialog(Locale.ENGLISH, new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "x"), true, false);

        assertThat(dialog.save()).isFalse();
        assertThat(dialog.date.getErrorMessage())
                .isEqualTo("2026-10-01 is already entered: change that entry instead.");
    }

    @Test
    void anEntryIsDeleted() {
        CalendarDay day = new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "x");
        CalendarDayDialog dialog = dialog(Locale.ENGLISH, day, false, false);

        assertThat(dialog.delete.isVisible()).isTrue();
        assertThat(dialog.delete()).isTrue();
        assertThat(calls).containsExactly("delete " + day.getId());
    }

    @Test
    void aReaderSeesTheEntryButCannotChangeIt() {
        CalendarDayDialog dialog =
                dialog(Locale.ENGLISH, new CalendarDay(LocalDate.of(2026, 10, 1), DayKind.HOLIDAY, "x"), false, true);

        assertThat(dialog.name.isReadOnly()).isTrue();
        assertThat(dialog.save.isVisible()).isFalse();
        assertThat(dialog.delete.isVisible()).isFalse();
        assertThat(dialog.kind.getValue()).isEqualTo(DayKind.HOLIDAY);
    }
}
