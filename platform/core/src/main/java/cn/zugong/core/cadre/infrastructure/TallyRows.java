package cn.zugong.core.cadre.infrastructure;

import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreStatus;
import cn.zugong.core.cadre.domain.CadreTally;
import cn.zugong.core.cadre.domain.CadreTally.Span;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Reads the per-county tally of the cadres ({@code cadre_tally}, PostgreSQL migration V37) for the
 * readable counties, behind the same tenant wall as the cadres. On H2 (the run command's single demo
 * county) there is no tally and the callers count the cadres directly.
 */
public final class TallyRows {

    private TallyRows() {}

    /** Whether the database keeps the tally: PostgreSQL. */
    public static boolean kept(EntityManager em) {
        return em.unwrap(Session.class).doReturningWork(connection -> connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase()
                .contains("postgres"));
    }

    /**
     * The rows the figures need at the tally's date, in one statement (one snapshot): the stored
     * dimensions, the months of the split years, and the cadres of the split months counted by day.
     */
    public static List<CadreTally.Row> read(EntityManager em, List<String> readable, CadreTally tally) {
        List<Span> days = tally.splitMonths();
        List<String> months = tally.monthCategories();
        StringBuilder sql = new StringBuilder("select t.tenant_id, t.dimension, t.category, t.cadres from cadre_tally t"
                + " where t.tenant_id in (:readable) and (t.dimension in (:whole)"
                + (months.isEmpty() ? "" : " or (t.dimension = 'BORN_MONTH' and t.category in (:months))")
                + ")");
        if (!days.isEmpty()) {
            sql.append(" union all select c.tenant_id, 'BORN_DAY', to_char(c.birth_date, 'YYYY-MM-DD') || '/' ||"
                    + " c.gender, count(*) from cadre c where c.tenant_id in (:readable) and c.status = 'ACTIVE'"
                    + " and (");
            for (int i = 0; i < days.size(); i++) {
                sql.append(i == 0 ? "" : " or ")
                        .append("c.birth_date between :first")
                        .append(i)
                        .append(" and :last")
                        .append(i);
            }
            sql.append(") group by c.tenant_id, c.birth_date, c.gender");
        }
        Query query = em.createNativeQuery(sql.toString())
                .setParameter("readable", readable)
                .setParameter("whole", CadreTally.WHOLE);
        if (!months.isEmpty()) {
            query.setParameter("months", months);
        }
        for (int i = 0; i < days.size(); i++) {
            query.setParameter("first" + i, days.get(i).first())
                    .setParameter("last" + i, days.get(i).last());
        }
        List<CadreTally.Row> rows = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            rows.add(new CadreTally.Row(
                    (String) columns[0], (String) columns[1], (String) columns[2], ((Number) columns[3]).longValue()));
        }
        return rows;
    }

    /** Whether the tally answers the list's count of a filter: none but the status and the county. */
    public static boolean answers(CadreFilter filter) {
        // The filter compared whole with one that keeps only what the tally answers, so that a
        // filter field added later (a new constructor argument) is never silently ignored here.
        return filter.equals(new CadreFilter(
                "",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                filter.status(),
                null,
                filter.referenceDate(),
                filter.county(),
                null));
    }

    /** The cadres of the readable counties (of one, {@code county} not null) in a status (any: null). */
    public static long count(EntityManager em, List<String> readable, CadreStatus status, String county) {
        Query query = em.createNativeQuery("select coalesce(sum(t.cadres), 0) from cadre_tally t"
                        + " where t.tenant_id in (:readable) and t.dimension = 'STATUS'"
                        + (status == null ? "" : " and t.category = :status")
                        + (county == null ? "" : " and t.tenant_id = :county"))
                .setParameter("readable", readable);
        if (status != null) {
            query.setParameter("status", status.name());
        }
        if (county != null) {
            query.setParameter("county", county);
        }
        return ((Number) query.getSingleResult()).longValue();
    }
}
