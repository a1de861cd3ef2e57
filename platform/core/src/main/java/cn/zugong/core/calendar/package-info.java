/**
 * A county's working-day calendar (V-S4, DOMAIN.md 4.1: a publicity lasts at least five working
 * days). {@link cn.zugong.core.calendar.CalendarDay} holds a holiday or a make-up working day of a
 * tenant; {@link cn.zugong.core.calendar.WorkingDays} counts working days over them (pure);
 * {@link cn.zugong.core.calendar.NationalHolidays} is the State Council's arrangement per year, in
 * {@code national-holidays.properties}; {@link cn.zugong.core.calendar.CalendarService} lists,
 * changes and imports entries for the current tenant.
 */
package cn.zugong.core.calendar;
