package cn.zugong.core.ballot.application;

import cn.zugong.core.ballot.domain.BallotNominee;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.CastBallot;
import cn.zugong.core.ballot.domain.CodeLookup;
import cn.zugong.core.ballot.domain.Marks;
import cn.zugong.core.ballot.domain.Validity;
import cn.zugong.core.ballot.infrastructure.BallotStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ballot box's transactions: the lookup outside any tenancy, then the ballot inside the code's
 * county (the caller binds the tenancy between the two, {@link BallotBox}).
 */
@ApplicationScoped
@Transactional
public class Booth {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    Clock clock = Clock.systemDefaultZone();

    public Optional<CodeLookup> lookup(String codeHash) {
        return new BallotStore(em).lookup(codeHash);
    }

    /** The ballot a code opens, if it may still vote. */
    public BoothAnswer open(UUID sessionId, String codeHash) {
        BallotStore store = new BallotStore(em);
        Optional<BallotSession> session = store.session(sessionId);
        Optional<String> refusal = refusal(store, session, codeHash);
        if (refusal.isPresent()) {
            return BoothAnswer.refuse(refusal.get());
        }
        BallotSession s = session.orElseThrow();
        List<String> names =
                store.nominees(sessionId).stream().map(BallotNominee::getName).toList();
        return BoothAnswer.show(new BallotPaper(s.getTitle(), s.getKind(), s.getMaxMarks(), names));
    }

    /**
     * Casts a ballot: marks the code used and stores the ballot, in one transaction, without
     * anything that relates them. A second ballot with the same code is refused, also when both
     * arrive at once (the code's row decides).
     */
    public BoothAnswer cast(UUID sessionId, String codeHash, Marks marks) {
        BallotStore store = new BallotStore(em);
        Optional<BallotSession> session = store.session(sessionId);
        Optional<String> refusal = refusal(store, session, codeHash);
        if (refusal.isPresent()) {
            return BoothAnswer.refuse(refusal.get());
        }
        BallotSession s = session.orElseThrow();
        Validity validity;
        try {
            validity = marks.judge(
                    s.getKind(), s.getMaxMarks(), store.nominees(sessionId).size());
        } catch (IllegalArgumentException e) {
            return BoothAnswer.refuse("ballot.public.badMarks");
        }
        if (!store.use(sessionId, codeHash)) {
            return BoothAnswer.refuse("ballot.public.used");
        }
        store.add(new CastBallot(sessionId, validity, marks));
        return BoothAnswer.counted();
    }

    private Optional<String> refusal(BallotStore store, Optional<BallotSession> session, String codeHash) {
        if (session.isEmpty()) {
            return Optional.of("ballot.public.unknown");
        }
        if (!session.get().accepts(clock.instant())) {
            return Optional.of("ballot.public.closed");
        }
        Optional<Boolean> used = store.used(codeHash);
        if (used.isEmpty()) {
            return Optional.of("ballot.public.unknown");
        }
        return used.get() ? Optional.of("ballot.public.used") : Optional.empty();
    }
}
