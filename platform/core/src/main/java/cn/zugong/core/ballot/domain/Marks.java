package cn.zugong.core.ballot.domain;

import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What one participant marked: the places of the names chosen (a recommendation) or a grade per
 * place (an evaluation; a person left without a grade is an abstention for that person). Places
 * count from 0 in the ballot's order. Stored as text on the ballot row ({@link #encode()}).
 */
public record Marks(SortedSet<Integer> chosen, SortedMap<Integer, Grade> grades) {

    public Marks {
        chosen = new TreeSet<>(chosen);
        grades = new TreeMap<>(grades);
    }

    public static Marks choose(Set<Integer> places) {
        return new Marks(new TreeSet<>(places), new TreeMap<>());
    }

    public static Marks grade(Map<Integer, Grade> grades) {
        return new Marks(new TreeSet<>(), new TreeMap<>(grades));
    }

    /**
     * How the ballot counts (DOMAIN 9.C): no mark is blank (qiquan), more names than allowed is
     * invalid (zuofei) as on paper; an evaluation gives one grade per person by its form, so only
     * its blank can be told apart.
     *
     * @throws IllegalArgumentException for a place that is not on the ballot: no paper ballot can
     *     carry it, so it is a forged request, refused instead of counted
     */
    public Validity judge(BallotKind kind, int maxMarks, int nominees) {
        Set<Integer> places = kind == BallotKind.RECOMMENDATION ? chosen : grades.keySet();
        if (places.stream().anyMatch(p -> p < 0 || p >= nominees)
                || (kind == BallotKind.RECOMMENDATION ? !grades.isEmpty() : !chosen.isEmpty())) {
            throw new IllegalArgumentException("marks outside the ballot");
        }
        if (places.isEmpty()) {
            return Validity.BLANK;
        }
        return kind == BallotKind.RECOMMENDATION && chosen.size() > maxMarks ? Validity.INVALID : Validity.VALID;
    }

    public String encode() {
        if (!grades.isEmpty()) {
            return grades.entrySet().stream()
                    .map(e -> e.getKey() + ":" + e.getValue().name())
                    .collect(Collectors.joining(","));
        }
        return chosen.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public static Marks decode(String text) {
        SortedSet<Integer> chosen = new TreeSet<>();
        SortedMap<Integer, Grade> grades = new TreeMap<>();
        for (String part : text.isEmpty() ? new String[0] : text.split(",")) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                chosen.add(Integer.parseInt(part));
            } else {
                grades.put(Integer.parseInt(part.substring(0, colon)), Grade.valueOf(part.substring(colon + 1)));
            }
        }
        return new Marks(chosen, grades);
    }
}
