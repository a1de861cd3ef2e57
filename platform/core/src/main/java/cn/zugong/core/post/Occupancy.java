package cn.zugong.core.post;

import cn.zugong.core.db.Like;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The occupancy rule, and the one aggregate query that applies it to every unit in scope.
 *
 * <p>A cadre occupies a post of a unit when they hold, today, a leadership post there:
 *
 * <ul>
 *   <li><b>current</b>: the holding has no end date;
 *   <li><b>leadership</b>: the holding has a post level (staff without a leadership post occupy no
 *       quota);
 *   <li><b>main post only</b>: a side post (jianzhi, {@code mainPost = false}) occupies no quota. A
 *       cadre thus occupies at most the posts of the unit of their main post, and a county leader
 *       heading a department on the side does not make that department over-staffed. This is the
 *       simplest rule that never counts one person twice across units; where a county counts
 *       certain side posts, the rule is to be configured, not hard-coded;
 *   <li><b>principal or deputy</b> by the holding's own principal flag, not by comparing its level
 *       with the unit's rank (a holding at an odd level still occupies a seat);
 *   <li><b>distinct cadres</b>: two current holdings of one cadre of the same kind in one unit count
 *       once.
 * </ul>
 *
 * <p>The query left-joins the holdings to the units and groups by unit: one statement for all units
 * of the readable tenants, with the filter in its {@code where} and {@code having}.
 */
final class Occupancy {

    static final String PRINCIPAL = "count(distinct case when h.principal = true then h.cadreId end)";
    static final String DEPUTY = "count(distinct case when h.principal = false then h.cadreId end)";

    static final String COLUMNS =
            "u.id, u.tenantId, u.name, u.type, u.rank, u.principalPosts, " + PRINCIPAL + ", u.deputyPosts, " + DEPUTY;

    private static final String JOIN = " from OrgUnit u left join PostHolding h on h.tenantId = u.tenantId"
            + " and h.unitId = u.id and h.endDate is null and h.mainPost = true and h.postLevel is not null";
    private static final String WHERE = " where u.tenantId in :readable";
    private static final String GROUP =
            " group by u.id, u.tenantId, u.name, u.type, u.rank, u.principalPosts, u.deputyPosts";
    private static final String OVER_STAFFED =
            " having " + PRINCIPAL + " > u.principalPosts or " + DEPUTY + " > u.deputyPosts";

    private final QuotaFilter filter;
    private final Collection<UUID> units;
    private final List<String> readable;
    private final UUID without;

    /**
     * @param units only these units, or {@code null} for all
     */
    Occupancy(QuotaFilter filter, Collection<UUID> units, List<String> readable) {
        this(filter, units, readable, null);
    }

    /**
     * @param without a cadre whose holdings are left out (as if their main post had ended), or
     *     {@code null}
     */
    Occupancy(QuotaFilter filter, Collection<UUID> units, List<String> readable, UUID without) {
        this.filter = filter;
        this.units = units;
        this.readable = readable;
        this.without = without;
    }

    /** The grouped query after {@code select <columns>}: from, where, group by and having. */
    String grouped() {
        return JOIN
                + (without == null ? "" : " and h.cadreId <> :without")
                + WHERE
                + (filter.search().isEmpty() ? "" : " and lower(u.name) like :pattern" + Like.ESCAPE)
                + (filter.type() == null ? "" : " and u.type = :type")
                + (units == null ? "" : " and u.id in :units")
                + GROUP
                + (filter.overStaffedOnly() ? OVER_STAFFED : "");
    }

    <Q extends Query> Q bind(Q query) {
        query.setParameter("readable", readable);
        if (!filter.search().isEmpty()) {
            query.setParameter("pattern", Like.contains(filter.search().toLowerCase()));
        }
        if (filter.type() != null) {
            query.setParameter("type", filter.type());
        }
        if (units != null) {
            query.setParameter("units", units);
        }
        if (without != null) {
            query.setParameter("without", without);
        }
        return query;
    }
}
