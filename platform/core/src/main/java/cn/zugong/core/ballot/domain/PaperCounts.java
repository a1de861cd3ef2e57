package cn.zugong.core.ballot.domain;

import cn.zugong.core.validation.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The tally of a session's paper ballots as a clerk typed it: ballots returned (shouhui), spoiled
 * (invalid: more marks than allowed, unreadable) and blank, and the count per name ({@link
 * #key(int)}) or per name and grade ({@link #key(int, Grade)}).
 */
public record PaperCounts(int cast, int invalid, int blank, SortedMap<String, Integer> counts) {

    public PaperCounts {
        counts = new TreeMap<>(counts);
    }

    public static String key(int place) {
        return String.valueOf(place);
    }

    public static String key(int place, Grade grade) {
        return place + "." + grade.name();
    }

    public int valid() {
        return cast - invalid - blank;
    }

    public int count(String key) {
        return counts.getOrDefault(key, 0);
    }

    /**
     * What is wrong with the tally for a session: counts below zero, more ballots returned than
     * participants expected (the round would be void, DOMAIN 9.C), spoiled and blank above the
     * returned, a name with more votes than valid ballots, more marks than valid ballots allow.
     */
    public List<Problem> problems(BallotKind kind, int maxMarks, int nominees, int expected) {
        List<Problem> problems = new ArrayList<>();
        if (cast < 0 || invalid < 0 || blank < 0 || counts.values().stream().anyMatch(n -> n == null || n < 0)) {
            problems.add(new Problem("counts", "ballot.paper.negative"));
            return problems;
        }
        if (cast > expected) {
            problems.add(new Problem("cast", "ballot.paper.aboveExpected", List.of(expected)));
        }
        if (invalid + blank > cast) {
            problems.add(new Problem("invalid", "ballot.paper.aboveCast"));
            return problems;
        }
        for (int place = 0; place < nominees; place++) {
            int forPerson = kind == BallotKind.RECOMMENDATION ? count(key(place)) : sumGrades(place);
            if (forPerson > valid()) {
                problems.add(new Problem("counts", "ballot.paper.aboveValid", List.of(place + 1)));
            }
        }
        int marks = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (kind == BallotKind.RECOMMENDATION && marks > (long) maxMarks * Math.max(valid(), 0)) {
            problems.add(new Problem("counts", "ballot.paper.tooManyMarks", List.of(maxMarks)));
        }
        return problems;
    }

    private int sumGrades(int place) {
        int sum = 0;
        for (Grade g : Grade.values()) {
            sum += count(key(place, g));
        }
        return sum;
    }

    /** The fields two entries disagree on ({@code cast}, {@code invalid}, {@code blank} or a count's key). */
    public List<String> differences(PaperCounts other) {
        List<String> fields = new ArrayList<>();
        if (cast != other.cast) {
            fields.add("cast");
        }
        if (invalid != other.invalid) {
            fields.add("invalid");
        }
        if (blank != other.blank) {
            fields.add("blank");
        }
        TreeMap<String, Integer> keys = new TreeMap<>(counts);
        other.counts.forEach(keys::putIfAbsent);
        for (String key : keys.keySet()) {
            if (!Objects.equals(count(key), other.count(key))) {
                fields.add(key);
            }
        }
        return fields;
    }

    String encodeCounts() {
        return counts.entrySet().stream()
                .filter(e -> e.getValue() != 0)
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(";"));
    }

    static SortedMap<String, Integer> decodeCounts(String text) {
        SortedMap<String, Integer> counts = new TreeMap<>();
        for (String part : text.isEmpty() ? new String[0] : text.split(";")) {
            int eq = part.indexOf('=');
            counts.put(part.substring(0, eq), Integer.parseInt(part.substring(eq + 1)));
        }
        return counts;
    }

    public static PaperCounts of(int cast, int invalid, int blank, Map<String, Integer> counts) {
        return new PaperCounts(cast, invalid, blank, new TreeMap<>(counts));
    }
}
