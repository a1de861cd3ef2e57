package cn.zugong.plugin.rotation.term;

import cn.zugong.api.career.Holding;
import cn.zugong.plugin.rotation.career.Span;
import cn.zugong.plugin.rotation.career.Spans;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The rules on terms (DOMAIN §2.3, §2.6): V-E4 (任期规定 第六条 two consecutive terms in one post,
 * 第七条 15 years at one level) and V-E6 (第四条: special-need job changes per term).
 */
public final class TermRules {

    private TermRules() {}

    /**
     * The number of the term a cadre serves (or last served) in a post, counted in the latest
     * uninterrupted tenure; 0 when the cadre never held it. V-E4: from {@code max}, a nomination to
     * the same post would begin a further term.
     */
    public static int termsInPost(List<TermRecord> records, String postKey) {
        return records.stream()
                .filter(r -> r.postKey().equals(postKey))
                .max(Comparator.comparing(TermRecord::start))
                .map(TermRecord::number)
                .orElse(0);
    }

    /**
     * The day from which the cadre has served {@code max} consecutive terms in the post whose current
     * tenure began on {@code tenureStart} (V-E4, 任期规定 第六条). With {@code fullAfterYears} (a local
     * rule [P]: more than that many years in a term count as the full term) the last term counts
     * after those years.
     */
    public static LocalDate consecutiveLimitOn(
            LocalDate tenureStart, int termYears, int max, OptionalInt fullAfterYears) {
        LocalDate lastTermStart = tenureStart.plusYears((long) (max - 1) * termYears);
        return fullAfterYears.isPresent()
                ? lastTermStart.plusYears(fullAfterYears.getAsInt()).plusDays(1)
                : lastTermStart.plusYears(termYears);
    }

    /**
     * The day on which the holdings at one level reach {@code years} in all (V-E4, 任期规定 第七条),
     * counting the stretch held now from its start and every earlier stretch in full; empty when the
     * level is not held now.
     */
    public static Optional<LocalDate> cumulativeLimitOn(List<Holding> atLevel, LocalDate today, int years) {
        List<Span> spans = Spans.of(atLevel);
        Optional<Span> now = spans.stream().filter(s -> s.covers(today)).findFirst();
        if (now.isEmpty()) {
            return Optional.empty();
        }
        long before = spans.stream()
                .filter(s -> s.start().isBefore(now.get().start()))
                .mapToLong(s -> s.daysUntil(today))
                .sum();
        return Optional.of(now.get().start().plusYears(years).minusDays(before));
    }

    /** Whether the holdings at one level add up to {@code years} by {@code day}, held now or not. */
    public static boolean cumulativeReached(List<Holding> atLevel, LocalDate day, int years) {
        Optional<LocalDate> limit = cumulativeLimitOn(atLevel, day, years);
        if (limit.isPresent()) {
            return !day.isBefore(limit.get());
        }
        return Spans.totalDays(atLevel, day) >= ChronoUnit.DAYS.between(day.minusYears(years), day);
    }

    /**
     * V-E6 [I] (任期规定 第四条): whether a move now would be more special-need changes within one
     * term than allowed. Counted: the terms ended early for special need in the last {@code
     * termYears}, plus this move when it cuts a running term short.
     */
    public static boolean tooManySpecialNeedChanges(List<TermRecord> records, LocalDate at, int termYears, int max) {
        LocalDate since = at.minusYears(termYears);
        long earlier = records.stream()
                .filter(r ->
                        r.earlyExit().filter(e -> e == EarlyExit.SPECIAL_NEED).isPresent())
                .filter(r ->
                        r.end().filter(e -> e.isAfter(since) && !e.isAfter(at)).isPresent())
                .count();
        boolean cutsShort = records.stream()
                .anyMatch(
                        r -> r.end().isEmpty() && r.start().plusYears(termYears).isAfter(at));
        return earlier + (cutsShort ? 1 : 0) > max;
    }
}
