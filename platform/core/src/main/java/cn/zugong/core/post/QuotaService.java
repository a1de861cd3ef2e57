package cn.zugong.core.post;

import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Approved against occupied leadership posts of the units the caller reads (a supervisor: every
 * county in scope, read-only). Each method is one aggregate statement ({@link Occupancy}), whatever
 * the number of units.
 */
@ApplicationScoped
@Transactional
public class QuotaService {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    /** A page of unit quotas. */
    public List<UnitQuota> list(QuotaQuery query) {
        Occupancy occupancy = occupancy(query.filter(), null);
        String order = " order by " + query.sort().path + (query.ascending() ? " asc" : " desc") + ", u.id";
        return occupancy
                .bind(em.createQuery("select " + Occupancy.COLUMNS + occupancy.grouped() + order, Object[].class))
                .setFirstResult(query.offset())
                .setMaxResults(query.limit())
                .getResultList()
                .stream()
                .map(QuotaService::quota)
                .toList();
    }

    /** How many units the filter lets through. */
    public int count(QuotaFilter filter) {
        Occupancy occupancy = occupancy(filter, null);
        return occupancy
                .bind(em.createQuery(
                        "select count(*) from (select u.id as id" + occupancy.grouped() + ") q", Long.class))
                .getSingleResult()
                .intValue();
    }

    /** The sums over every unit the filter lets through (the totals row). */
    public QuotaTotals totals(QuotaFilter filter) {
        Occupancy occupancy = occupancy(filter, null);
        Object[] sums = occupancy
                .bind(em.createQuery(
                        "select count(*), sum(q.pa), sum(q.po), sum(q.da), sum(q.dp),"
                                + " sum(case when q.pa > q.po then q.pa - q.po else 0 end)"
                                + " + sum(case when q.da > q.dp then q.da - q.dp else 0 end),"
                                + " sum(case when q.po > q.pa then q.po - q.pa else 0 end)"
                                + " + sum(case when q.dp > q.da then q.dp - q.da else 0 end),"
                                + " sum(case when q.po > q.pa or q.dp > q.da then 1 else 0 end)"
                                + " from (select u.principalPosts as pa, " + Occupancy.PRINCIPAL + " as po,"
                                + " u.deputyPosts as da, " + Occupancy.DEPUTY + " as dp" + occupancy.grouped() + ") q",
                        Object[].class))
                .getSingleResult();
        int[] values = new int[sums.length];
        for (int i = 0; i < sums.length; i++) {
            values[i] = sums[i] == null ? 0 : ((Number) sums[i]).intValue();
        }
        return new QuotaTotals(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7]);
    }

    /** The quotas of the given units (those the caller reads), by unit id, in one statement. */
    public Map<UUID, UnitQuota> ofUnits(Collection<UUID> units) {
        if (units.isEmpty()) {
            return Map.of();
        }
        Occupancy occupancy = occupancy(QuotaFilter.ALL, units);
        Map<UUID, UnitQuota> quotas = new LinkedHashMap<>();
        occupancy
                .bind(em.createQuery("select " + Occupancy.COLUMNS + occupancy.grouped(), Object[].class))
                .getResultList()
                .forEach(row -> {
                    UnitQuota quota = quota(row);
                    quotas.put(quota.unitId(), quota);
                });
        return quotas;
    }

    /** The quota of one unit, empty when the caller may not read it. */
    public Optional<UnitQuota> ofUnit(UUID unit) {
        return Optional.ofNullable(ofUnits(List.of(unit)).get(unit));
    }

    /**
     * The quota of a unit as it will stand once a cadre is appointed to a post there: the occupancy
     * rule applied without the cadre's holdings (an appointment ends the cadre's main post,
     * wherever it is, so their own post in the same unit is not counted twice), plus the new post
     * when it is a leadership post of that kind. Empty when the caller may not read the unit.
     *
     * @param principal whether the new post is the unit's principal post
     * @param leadership whether the new post has a post level (occupies a seat at all)
     */
    public Optional<UnitQuota> afterAppointment(UUID unit, UUID cadre, boolean principal, boolean leadership) {
        Occupancy occupancy = new Occupancy(QuotaFilter.ALL, List.of(unit), CountyAccess.readable(), cadre);
        return occupancy
                .bind(em.createQuery("select " + Occupancy.COLUMNS + occupancy.grouped(), Object[].class))
                .getResultList()
                .stream()
                .map(QuotaService::quota)
                .findFirst()
                .map(q -> !leadership
                        ? q
                        : principal
                                ? q.withPrincipalOccupied(q.principalOccupied() + 1)
                                : q.withDeputyOccupied(q.deputyOccupied() + 1));
    }

    /** A page of the over-staffed units, by name. */
    public List<UnitQuota> overStaffed(int offset, int limit) {
        return list(new QuotaQuery(QuotaFilter.OVER_STAFFED, QuotaQuery.Sort.NAME, true, offset, limit));
    }

    /** The ids of every over-staffed unit in scope (a minority of the units, to restrict a unit list). */
    public List<UUID> overStaffedIds() {
        Occupancy occupancy = occupancy(QuotaFilter.OVER_STAFFED, null);
        return occupancy
                .bind(em.createQuery("select u.id" + occupancy.grouped(), UUID.class))
                .getResultList();
    }

    private static Occupancy occupancy(QuotaFilter filter, Collection<UUID> units) {
        return new Occupancy(filter, units, CountyAccess.readable());
    }

    private static UnitQuota quota(Object[] row) {
        UnitType type = (UnitType) row[3];
        PostLevel rank = row[4] != null ? (PostLevel) row[4] : type.countyRank();
        return new UnitQuota(
                (UUID) row[0],
                (String) row[1],
                (String) row[2],
                type,
                rank,
                ((Number) row[5]).intValue(),
                ((Number) row[6]).intValue(),
                ((Number) row[7]).intValue(),
                ((Number) row[8]).intValue());
    }
}
