package cn.zugong.plugin.rotation.term;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.Holding;
import cn.zugong.plugin.rotation.career.PostKey;
import cn.zugong.plugin.rotation.career.Span;
import cn.zugong.plugin.rotation.career.Spans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Term records from holdings (DOMAIN §2.3, 任期规定 第三条 [V]: a term is {@code termYears} years).
 * Each uninterrupted tenure of a post is cut into terms from its start: term 1 its first years,
 * term 2 the next, the last one open while the post is held. Corrections entered for a post
 * replace what was derived for it. Terms are derived up to {@code today}: the one running then is
 * open.
 */
public final class Terms {

    /** A guard against a start date decades off: no tenure has more terms than this. */
    private static final int MAX_TERMS = 20;

    private Terms() {}

    /** The derived records of the posts that {@code inScope} accepts, corrections applied. */
    public static List<TermRecord> of(
            CadreCareer career,
            int termYears,
            Predicate<Holding> inScope,
            List<TermRecord> corrections,
            LocalDate today) {
        Map<String, List<Holding>> byPost = new LinkedHashMap<>();
        career.holdings().stream()
                .filter(inScope)
                .sorted(Comparator.comparing(Holding::start))
                .forEach(h -> byPost.computeIfAbsent(PostKey.of(h), k -> new ArrayList<>())
                        .add(h));
        List<TermRecord> records = new ArrayList<>();
        byPost.forEach((post, holdings) -> {
            List<TermRecord> corrected =
                    corrections.stream().filter(c -> c.postKey().equals(post)).toList();
            if (!corrected.isEmpty()) {
                records.addAll(corrected);
            } else {
                Holding first = holdings.getFirst();
                for (Span tenure : Spans.of(holdings)) {
                    records.addAll(cut(career, post, first, tenure, termYears, today));
                }
            }
        });
        // Corrections of posts the registry does not show at all still count.
        corrections.stream().filter(c -> !byPost.containsKey(c.postKey())).forEach(records::add);
        records.sort(Comparator.comparing(TermRecord::start));
        return List.copyOf(records);
    }

    private static List<TermRecord> cut(
            CadreCareer career, String post, Holding first, Span tenure, int termYears, LocalDate today) {
        List<TermRecord> terms = new ArrayList<>();
        LocalDate start = tenure.start();
        for (int number = 1; number <= MAX_TERMS; number++) {
            LocalDate fullEnd = start.plusYears(termYears).minusDays(1);
            boolean endsWithTenure = tenure.end().map(e -> !e.isAfter(fullEnd)).orElse(false);
            // A post still held: the term that runs today is open; none is made up beyond it.
            boolean runsToday = tenure.end().isEmpty() && !fullEnd.isBefore(today);
            Optional<LocalDate> end =
                    runsToday ? Optional.empty() : endsWithTenure ? tenure.end() : Optional.of(fullEnd);
            terms.add(new TermRecord(
                    career.cadreId(),
                    post,
                    first.unitName(),
                    first.title(),
                    number,
                    start,
                    end,
                    Optional.empty(),
                    false));
            if (endsWithTenure || runsToday) {
                break;
            }
            start = fullEnd.plusDays(1);
        }
        return terms;
    }
}
