package cn.zugong.testkit.context;

import cn.zugong.api.calendar.WorkingCalendar;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The counties' working-day calendars as a test sets them: Monday to Friday, less the holidays the
 * test adds, plus its make-up working days, as the platform's calendar page keeps them. A county
 * the request does not read is refused, as on the platform.
 */
public final class InMemoryWorkingCalendars {

    private final Supplier<TenantContext> tenancy;
    private final Map<TenantId, Set<LocalDate>> holidays = new ConcurrentHashMap<>();
    private final Map<TenantId, Set<LocalDate>> makeUpDays = new ConcurrentHashMap<>();

    InMemoryWorkingCalendars(Supplier<TenantContext> tenancy) {
        this.tenancy = tenancy;
    }

    /** Adds public holidays to a county's calendar. */
    public void holidays(TenantId county, LocalDate... days) {
        holidays.computeIfAbsent(county, c -> ConcurrentHashMap.newKeySet()).addAll(Set.of(days));
    }

    /** Adds make-up working days (a Saturday or Sunday worked) to a county's calendar. */
    public void makeUpDays(TenantId county, LocalDate... days) {
        makeUpDays.computeIfAbsent(county, c -> ConcurrentHashMap.newKeySet()).addAll(Set.of(days));
    }

    WorkingCalendar of(TenantId county) {
        if (!tenancy.get().readableTenants().contains(county)) {
            throw new SecurityException("Not a county of this request: " + county.code());
        }
        return day -> {
            if (makeUpDays.getOrDefault(county, Set.of()).contains(day)) {
                return true;
            }
            DayOfWeek weekday = day.getDayOfWeek();
            return weekday != DayOfWeek.SATURDAY
                    && weekday != DayOfWeek.SUNDAY
                    && !holidays.getOrDefault(county, Set.of()).contains(day);
        };
    }
}
