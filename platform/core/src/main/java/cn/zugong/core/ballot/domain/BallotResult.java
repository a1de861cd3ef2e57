package cn.zugong.core.ballot.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A closed session's result: the ballots that took part (online and confirmed paper), how many
 * were valid, invalid and blank, whether participation met the share, and each person's result.
 * Only aggregates: no single ballot is part of it.
 */
public record BallotResult(
        BallotKind kind,
        int expected,
        int cast,
        int valid,
        int invalid,
        int blank,
        boolean participationMet,
        List<NomineeResult> persons) {

    public BallotResult {
        persons = List.copyOf(persons);
    }

    /** Counts the online ballots and the confirmed paper tally, if any. */
    public static BallotResult count(
            BallotSession session,
            List<BallotNominee> nominees,
            List<CastBallot> online,
            Optional<PaperCounts> paper,
            Participation share) {
        int[] byValidity = new int[Validity.values().length];
        int[] votes = new int[nominees.size()];
        List<Map<Grade, Integer>> grades = new ArrayList<>();
        nominees.forEach(n -> grades.add(new EnumMap<>(Grade.class)));
        for (CastBallot ballot : online) {
            byValidity[ballot.getValidity().ordinal()]++;
            if (ballot.getValidity() == Validity.VALID) {
                Marks marks = ballot.marks();
                marks.chosen().forEach(p -> votes[p]++);
                marks.grades().forEach((p, g) -> grades.get(p).merge(g, 1, Integer::sum));
            }
        }
        int cast = online.size();
        int invalid = byValidity[Validity.INVALID.ordinal()];
        int blank = byValidity[Validity.BLANK.ordinal()];
        if (paper.isPresent()) {
            PaperCounts p = paper.get();
            cast += p.cast();
            invalid += p.invalid();
            blank += p.blank();
            for (int place = 0; place < nominees.size(); place++) {
                votes[place] += p.count(PaperCounts.key(place));
                for (Grade g : Grade.values()) {
                    int n = p.count(PaperCounts.key(place, g));
                    if (n > 0) {
                        grades.get(place).merge(g, n, Integer::sum);
                    }
                }
            }
        }
        List<NomineeResult> persons = new ArrayList<>();
        for (int place = 0; place < nominees.size(); place++) {
            BallotNominee n = nominees.get(place);
            double ofCast = cast == 0 ? 0 : (double) votes[place] / cast;
            persons.add(new NomineeResult(place, n.getCadreId(), n.getName(), votes[place], ofCast, grades.get(place)));
        }
        return new BallotResult(
                session.getKind(),
                session.getExpected(),
                cast,
                cast - invalid - blank,
                invalid,
                blank,
                share.met(cast, session.getExpected()),
                persons);
    }
}
