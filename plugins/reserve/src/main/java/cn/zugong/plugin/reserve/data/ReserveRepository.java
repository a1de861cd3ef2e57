package cn.zugong.plugin.reserve.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.rules.ExitReason;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One county's batches and candidates. */
public final class ReserveRepository {

    private final EntityManager em;
    private final String county;

    public ReserveRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    public List<Batch> batches() {
        return em.createQuery("select b from BatchEntity b where b.tenantId = :county", BatchEntity.class)
                .setParameter("county", county)
                .getResultStream()
                .map(BatchEntity::toBatch)
                .sorted(Comparator.comparing(Batch::year).reversed().thenComparing(Batch::tier))
                .toList();
    }

    public Optional<Batch> batch(UUID id) {
        return batches().stream().filter(b -> b.id().equals(id)).findFirst();
    }

    public Batch addBatch(int year, String tier, LocalDate referenceDate, Instant now) {
        BatchEntity entity = new BatchEntity(year, tier, referenceDate, now);
        em.persist(entity);
        return entity.toBatch();
    }

    public List<Candidate> candidates(UUID batchId) {
        return entities(batchId).stream()
                .map(CandidateEntity::toCandidate)
                .sorted(Comparator.comparing(Candidate::name))
                .toList();
    }

    public void addCandidate(Candidate candidate, Instant now) {
        em.persist(new CandidateEntity(candidate, now));
    }

    /** Moves a candidate of this county; empty when there is none with that id. */
    public Optional<Candidate> move(
            UUID candidateId, CandidateState to, Optional<Double> score, LocalDate on, Instant now) {
        Optional<CandidateEntity> entity = entity(candidateId);
        entity.ifPresent(e -> e.move(to, score, on, now));
        return entity.map(CandidateEntity::toCandidate);
    }

    /** One candidate of this county; empty when there is none with that id. */
    public Optional<Candidate> candidate(UUID candidateId) {
        return entity(candidateId).map(CandidateEntity::toCandidate);
    }

    /**
     * A member of the pool leaves it (使用 or exit); empty when the candidate is not an approved
     * member of this county.
     */
    public Optional<Candidate> leave(
            UUID candidateId,
            CandidateState to,
            Optional<ExitReason> reason,
            Optional<UUID> caseId,
            LocalDate on,
            Instant now) {
        Optional<CandidateEntity> entity =
                entity(candidateId).filter(e -> e.toCandidate().state() == CandidateState.APPROVED);
        entity.ifPresent(e -> e.leave(to, reason, caseId, on, now));
        return entity.map(CandidateEntity::toCandidate);
    }

    /** The county's approved members (of every batch), by name. */
    public List<Candidate> members() {
        return em.createQuery(
                        "select c from CandidateEntity c where c.tenantId = :county and c.state = :approved",
                        CandidateEntity.class)
                .setParameter("county", county)
                .setParameter("approved", CandidateState.APPROVED.name())
                .getResultStream()
                .map(CandidateEntity::toCandidate)
                .sorted(Comparator.comparing(Candidate::name))
                .toList();
    }

    private Optional<CandidateEntity> entity(UUID candidateId) {
        return em.createQuery(
                        "select c from CandidateEntity c where c.tenantId = :county and c.id = :id",
                        CandidateEntity.class)
                .setParameter("county", county)
                .setParameter("id", candidateId)
                .getResultStream()
                .findFirst();
    }

    /** The year of the latest batch of {@code tier} in which the cadre is an approved member. */
    public Optional<Integer> approvedIn(String tier, UUID cadreId) {
        return em.createQuery(
                        "select b.year from CandidateEntity c, BatchEntity b where c.tenantId = :county"
                                + " and b.tenantId = :county and c.batchId = b.id and b.tier = :tier"
                                + " and c.cadreId = :cadre and c.state = :approved order by b.year desc",
                        Integer.class)
                .setParameter("county", county)
                .setParameter("tier", tier)
                .setParameter("cadre", cadreId)
                .setParameter("approved", CandidateState.APPROVED.name())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    private List<CandidateEntity> entities(UUID batchId) {
        return em.createQuery(
                        "select c from CandidateEntity c where c.tenantId = :county and c.batchId = :batch",
                        CandidateEntity.class)
                .setParameter("county", county)
                .setParameter("batch", batchId)
                .getResultList();
    }
}
