package cn.zugong.plugin.rotation.career;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * An uninterrupted stretch in a post or at a level: from its first day to its last, open while it
 * lasts.
 */
public record Span(LocalDate start, Optional<LocalDate> end) {

    public Span {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    /** Whether the span lasts on {@code day}. */
    public boolean covers(LocalDate day) {
        return !start.isAfter(day) && end.map(e -> !e.isBefore(day)).orElse(true);
    }

    /** Days from the start to {@code day} or the end, whichever comes first (0 before the start). */
    public long daysUntil(LocalDate day) {
        LocalDate last = end.filter(e -> e.isBefore(day)).orElse(day);
        return Math.max(0, ChronoUnit.DAYS.between(start, last));
    }
}
