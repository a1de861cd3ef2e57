package cn.zugong.plugin.reserve.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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

    public Batch addBatch(int year, String tier, LocalDate referenceDate, OptionalInt posts, Instant now) {
        BatchEntity entity = new BatchEntity(year, tier, referenceDate, posts, now);
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
        Optional<CandidateEntity> entity = em.createQuery(
                        "select c from CandidateEntity c where c.tenantId = :county and c.id = :id",
                        CandidateEntity.class)
                .setParameter("county", county)
                .setParameter("id", candidateId)
                .getResultStream()
                .findFirst();
        entity.ifPresent(e -> e.move(to, score, on, now));
        return entity.map(CandidateEntity::toCandidate);
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
