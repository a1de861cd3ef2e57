package cn.zugong.core.ballot.infrastructure;

import cn.zugong.core.ballot.domain.BallotNominee;
import cn.zugong.core.ballot.domain.BallotSession;
import cn.zugong.core.ballot.domain.CastBallot;
import cn.zugong.core.ballot.domain.CodeLookup;
import cn.zugong.core.ballot.domain.PaperEntry;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The ballot tables through the request's entity manager: Hibernate's tenant filter and, on
 * PostgreSQL, the wall keep every query inside the tenancy; the code lookup alone is read without.
 */
public final class BallotStore {

    private final EntityManager em;

    public BallotStore(EntityManager em) {
        this.em = em;
    }

    public Optional<BallotSession> session(UUID id) {
        return Optional.ofNullable(em.find(BallotSession.class, id));
    }

    public List<BallotSession> sessionsOfCase(UUID caseId) {
        return em.createQuery(
                        "select s from BallotSession s where s.caseId = :c order by s.opensAt desc",
                        BallotSession.class)
                .setParameter("c", caseId)
                .getResultList();
    }

    public List<BallotSession> sessionsFor(String purpose) {
        return em.createQuery(
                        "select s from BallotSession s where s.purpose = :p order by s.opensAt desc",
                        BallotSession.class)
                .setParameter("p", purpose)
                .getResultList();
    }

    public List<BallotNominee> nominees(UUID sessionId) {
        return em.createQuery(
                        "select n from BallotNominee n where n.sessionId = :s order by n.number", BallotNominee.class)
                .setParameter("s", sessionId)
                .getResultList();
    }

    public List<CastBallot> ballots(UUID sessionId) {
        return em.createQuery("select b from CastBallot b where b.sessionId = :s", CastBallot.class)
                .setParameter("s", sessionId)
                .getResultList();
    }

    public List<PaperEntry> paper(UUID sessionId) {
        return em.createQuery("select p from PaperEntry p where p.sessionId = :s order by p.number", PaperEntry.class)
                .setParameter("s", sessionId)
                .getResultList();
    }

    /** Where a code hash belongs, read outside any tenancy (the public page has none yet). */
    public Optional<CodeLookup> lookup(String codeHash) {
        // A query, not find: the database decides, whatever an earlier bulk delete left cached.
        return em.createQuery("select l from CodeLookup l where l.codeHash = :h", CodeLookup.class)
                .setParameter("h", codeHash)
                .getResultStream()
                .findFirst();
    }

    /** Whether a code of the tenancy was used; empty for a code it does not have. */
    public Optional<Boolean> used(String codeHash) {
        return em.createQuery("select c.used from BallotCode c where c.codeHash = :h", Boolean.class)
                .setParameter("h", codeHash)
                .getResultStream()
                .findFirst();
    }

    /**
     * Marks an unused code of a session used; false when it was used already (also by a request
     * running at the same moment: the row lock of the update decides which one counts).
     */
    public boolean use(UUID sessionId, String codeHash) {
        return em.createQuery("update BallotCode c set c.used = true"
                                + " where c.sessionId = :s and c.codeHash = :h and c.used = false")
                        .setParameter("s", sessionId)
                        .setParameter("h", codeHash)
                        .executeUpdate()
                == 1;
    }

    /** Removes a draft session's codes, before new ones are issued. */
    public void dropCodes(UUID sessionId) {
        em.createQuery("delete from BallotCode c where c.sessionId = :s")
                .setParameter("s", sessionId)
                .executeUpdate();
        em.createQuery("delete from CodeLookup l where l.sessionId = :s")
                .setParameter("s", sessionId)
                .executeUpdate();
    }

    public long usedCodes(UUID sessionId) {
        return em.createQuery("select count(c) from BallotCode c where c.sessionId = :s and c.used = true", Long.class)
                .setParameter("s", sessionId)
                .getSingleResult();
    }

    public void add(Object row) {
        em.persist(row);
    }
}
