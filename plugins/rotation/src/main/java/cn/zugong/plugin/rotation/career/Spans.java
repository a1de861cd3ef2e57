package cn.zugong.plugin.rotation.career;

import cn.zugong.api.career.Holding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Holdings merged into uninterrupted spans. Registries end a post in the month the next begins and
 * record a re-appointment to the same post (a new term, a new document) as a new holding: a gap of
 * up to {@link #GAP_DAYS} days does not interrupt a span [I], so that ten years in one post with two
 * documents still count as ten years.
 */
public final class Spans {

    /** [I] the longest gap between two holdings that still counts as one stretch. */
    public static final int GAP_DAYS = 31;

    private Spans() {}

    /** The holdings as spans, in order; overlapping and adjacent holdings are merged. */
    public static List<Span> of(List<Holding> holdings) {
        List<Holding> sorted =
                holdings.stream().sorted(Comparator.comparing(Holding::start)).toList();
        List<Span> spans = new ArrayList<>();
        LocalDate start = null;
        Optional<LocalDate> end = Optional.empty();
        for (Holding h : sorted) {
            if (start != null && end.isPresent() && h.start().isAfter(end.get().plusDays(GAP_DAYS))) {
                spans.add(new Span(start, end));
                start = null;
            }
            if (start == null) {
                start = h.start();
                end = h.end();
            } else if (end.isPresent()) {
                end = h.end().isEmpty() || h.end().get().isAfter(end.get()) ? h.end() : end;
            }
        }
        if (start != null) {
            spans.add(new Span(start, end));
        }
        return spans;
    }

    /** The span lasting on {@code day}, if any. */
    public static Optional<Span> covering(List<Holding> holdings, LocalDate day) {
        return of(holdings).stream().filter(s -> s.covers(day)).findFirst();
    }

    /** The days of all spans up to {@code day}. */
    public static long totalDays(List<Holding> holdings, LocalDate day) {
        return of(holdings).stream().mapToLong(s -> s.daysUntil(day)).sum();
    }
}
