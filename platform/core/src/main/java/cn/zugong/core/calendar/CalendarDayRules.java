package cn.zugong.core.calendar;

import cn.zugong.core.validation.Problem;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;

/** What a calendar entry must meet before it is saved; each problem names its field. */
public final class CalendarDayRules {

    static final int NAME_LENGTH = 100;

    private CalendarDayRules() {}

    /**
     * The problems of an entry.
     *
     * @param dateTaken whether another entry of the tenant already has the date
     */
    public static List<Problem> validate(CalendarDay day, boolean dateTaken) {
        List<Problem> problems = new ArrayList<>();
        if (day.getDate() == null) {
            problems.add(new Problem("date", "calendar.error.required"));
        } else if (dateTaken) {
            problems.add(new Problem(
                    "date", "calendar.error.date.taken", List.of(day.getDate().toString())));
        }
        if (day.getKind() == null) {
            problems.add(new Problem("kind", "calendar.error.required"));
        } else if (day.getKind() == DayKind.WORKDAY
                && day.getDate() != null
                && !weekend(day.getDate().getDayOfWeek())) {
            problems.add(new Problem("kind", "calendar.error.workday.weekday"));
        }
        if (day.getName() == null || day.getName().isBlank()) {
            problems.add(new Problem("name", "calendar.error.required"));
        } else if (day.getName().length() > NAME_LENGTH) {
            problems.add(new Problem("name", "calendar.error.name.long", List.of(NAME_LENGTH)));
        }
        return problems;
    }

    private static boolean weekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
