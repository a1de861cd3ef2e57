package cn.zugong.core.calendar;

/** What a calendar entry makes of its day. Labels: message key {@code calendar.kind.<NAME>}. */
public enum DayKind {
    /** A statutory holiday or a rest day of the official arrangement: no work, even on a weekday. */
    HOLIDAY,
    /** A make-up working day (tiaoxiu shangban): a Saturday or Sunday that is worked. */
    WORKDAY
}
