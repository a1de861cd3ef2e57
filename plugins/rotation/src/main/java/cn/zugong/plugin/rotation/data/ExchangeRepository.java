package cn.zugong.plugin.rotation.data;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.exchange.ExchangeFile;
import cn.zugong.plugin.rotation.exchange.ExchangeStatus;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One county's exchange cases; another county's are never found. */
public final class ExchangeRepository {

    private final EntityManager em;
    private final String county;

    public ExchangeRepository(EntityManager em, TenantId county) {
        this.em = em;
        this.county = county.code();
    }

    /** The county's cases, open ones first, then by the day their state began. */
    public List<Exchange> list() {
        return query("", null).stream()
                .map(ExchangeEntity::exchange)
                .sorted(java.util.Comparator.comparing(
                                (Exchange e) -> !e.status().open())
                        .thenComparing(Exchange::statusSince, java.util.Comparator.reverseOrder()))
                .toList();
    }

    public Optional<Exchange> find(UUID id) {
        return entity(id).map(ExchangeEntity::exchange);
    }

    /** The open cases moving {@code cadreId} to {@code positionId}. */
    public List<Exchange> openFor(UUID cadreId, UUID positionId) {
        return em.createQuery(
                        "select e from ExchangeEntity e where e.tenantId = :county and e.cadreId = :cadre"
                                + " and e.positionId = :position",
                        ExchangeEntity.class)
                .setParameter("county", county)
                .setParameter("cadre", cadreId)
                .setParameter("position", positionId)
                .getResultStream()
                .map(ExchangeEntity::exchange)
                .filter(e -> e.status().open())
                .toList();
    }

    public boolean existsForCase(UUID caseId) {
        return !query(" and e.caseId = :case", caseId).isEmpty();
    }

    public UUID add(Exchange exchange) {
        ExchangeEntity e = new ExchangeEntity(exchange);
        em.persist(e);
        return e.id;
    }

    public void update(UUID id, ExchangeStatus status, LocalDate since, ExchangeFile file, LocalDate closedOn) {
        entity(id).orElseThrow().update(status, since, file, closedOn);
    }

    /** Cases closed in {@code year}, the figure of the indicator. */
    public long closedIn(int year) {
        return em.createQuery(
                        "select count(e) from ExchangeEntity e where e.tenantId = :county and e.status = :closed"
                                + " and e.closedOn >= :from and e.closedOn < :to",
                        Long.class)
                .setParameter("county", county)
                .setParameter("closed", ExchangeStatus.CLOSED)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getSingleResult();
    }

    /** Cases under way or closed in {@code year}: the base of the indicator. */
    public long activeIn(int year) {
        return em.createQuery(
                        "select count(e) from ExchangeEntity e where e.tenantId = :county and (e.status not in"
                                + " (:closed, :cancelled) or (e.status = :closed and e.closedOn >= :from))",
                        Long.class)
                .setParameter("county", county)
                .setParameter("closed", ExchangeStatus.CLOSED)
                .setParameter("cancelled", ExchangeStatus.CANCELLED)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .getSingleResult();
    }

    private Optional<ExchangeEntity> entity(UUID id) {
        return query(" and e.id = :case", id).stream().findFirst();
    }

    private List<ExchangeEntity> query(String where, UUID id) {
        var q = em.createQuery(
                        "select e from ExchangeEntity e where e.tenantId = :county" + where, ExchangeEntity.class)
                .setParameter("county", county);
        if (id != null) {
            q.setParameter("case", id);
        }
        return q.getResultList();
    }
}
