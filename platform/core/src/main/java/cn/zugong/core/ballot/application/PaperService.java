package cn.zugong.core.ballot.application;

import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.PaperCounts;
import cn.zugong.core.ballot.domain.PaperEntry;
import cn.zugong.core.ballot.infrastructure.BallotStore;
import cn.zugong.core.validation.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The paper ballots' double entry: a clerk types the tally (entry 1), a second, different officer
 * types it again (entry 2). The tally counts once both agree; until then both are kept and the
 * differences shown, and either of them types their entry again.
 */
@ApplicationScoped
@Transactional
public class PaperService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    @Inject
    BallotService sessions;

    @Inject
    BallotJournal journal;

    /** Records the caller's typing: the first entry, or the second by someone else. */
    public PaperState enter(UUID sessionId, PaperCounts tally) {
        BallotSession s = sessions.writable(sessionId);
        BallotStore store = new BallotStore(em);
        int nominees = store.nominees(sessionId).size();
        var problems = tally.problems(s.getKind(), s.getMaxMarks(), nominees, s.getExpected());
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        if (s.isApplied()) {
            throw SessionRules.problem("state", "ballot.apply.already");
        }
        String clerk = BallotService.user();
        List<PaperEntry> entries = store.paper(sessionId);
        Optional<PaperEntry> mine =
                entries.stream().filter(e -> e.getClerk().equals(clerk)).findFirst();
        int number;
        if (mine.isPresent()) {
            mine.get().replace(clerk, tally);
            number = mine.get().getEntry();
        } else if (entries.size() >= 2) {
            throw SessionRules.problem("clerk", "ballot.paper.twoClerks");
        } else {
            number = entries.isEmpty() ? 1 : 3 - entries.get(0).getEntry();
            store.add(new PaperEntry(sessionId, number, clerk, tally));
        }
        em.flush();
        PaperState state = PaperState.of(store.paper(sessionId));
        journal.record(
                s,
                "paper.enter",
                "entry",
                number,
                "cast",
                tally.cast(),
                "invalid",
                tally.invalid(),
                "blank",
                tally.blank(),
                "confirmed",
                state.confirmed());
        return state;
    }

    public PaperState state(UUID sessionId) {
        sessions.writable(sessionId);
        return PaperState.of(new BallotStore(em).paper(sessionId));
    }
}
