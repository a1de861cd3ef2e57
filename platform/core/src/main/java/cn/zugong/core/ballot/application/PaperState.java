package cn.zugong.core.ballot.application;

import cn.zugong.core.ballot.domain.PaperEntry;
import java.util.List;
import java.util.Optional;

/**
 * The two typings of a session's paper tally: confirmed when both exist, by two different people,
 * and agree; otherwise the fields they disagree on.
 */
public record PaperState(Optional<PaperEntry> first, Optional<PaperEntry> second, List<String> differences) {

    public PaperState {
        differences = List.copyOf(differences);
    }

    public boolean confirmed() {
        return first.isPresent() && second.isPresent() && differences.isEmpty();
    }

    /** Whether paper ballots were entered at all (then the result waits for the confirmation). */
    public boolean started() {
        return first.isPresent() || second.isPresent();
    }

    static PaperState of(List<PaperEntry> entries) {
        Optional<PaperEntry> first =
                entries.stream().filter(e -> e.getEntry() == 1).findFirst();
        Optional<PaperEntry> second =
                entries.stream().filter(e -> e.getEntry() == 2).findFirst();
        List<String> differences = first.isPresent() && second.isPresent()
                ? first.get().tally().differences(second.get().tally())
                : List.of();
        return new PaperState(first, second, differences);
    }
}
