package cn.zugong.core.statistics;

import cn.zugong.core.unit.PostLevel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The year's figures of the readable counties, counted by the database: one grouped statement for
 * the basic table, one for the changes. Native SQL valid on PostgreSQL and H2; the readable
 * counties are named in every subquery (native statements bypass Hibernate's tenant filter; on
 * PostgreSQL row-level security holds as well).
 *
 * <p>Who is counted at the reference date D: a cadre holding a post at D (started on or before D,
 * not ended by D: the end date is the first day out of the post) whose status at D is active. The
 * status at D is that of the latest dated status change on or before D; without one, active when
 * the cadre has changes only after D (they were active before them), else the file's status when
 * it dates from D or before (or is undated), active otherwise. The row is the highest level of
 * the posts held at D.
 */
final class StatisticsQueries {

    private static final String LEVEL_RANK = levelRank();

    private static final String EDUCATION =
            "least(" + educationRank("c.ft_level") + ", " + educationRank("c.is_level") + ")";

    private static final String COUNTED = "select c.tenant_id as tenant, p.lvl as lvl, c.gender as gender,"
            + " c.ethnicity as ethnicity, c.political_status as party, c.birth_date as born, " + EDUCATION + " as edu"
            + " from cadre c"
            + " join (select h.tenant_id, h.cadre_id, min(" + LEVEL_RANK + ") as lvl from post_holding h"
            + " where h.tenant_id in (:readable) and h.start_date <= :at"
            + " and (h.end_date is null or h.end_date > :at) group by h.tenant_id, h.cadre_id) p"
            + " on p.tenant_id = c.tenant_id and p.cadre_id = c.id"
            + " left join (select s.tenant_id, s.cadre_id, s.status, row_number() over (partition by s.tenant_id,"
            + " s.cadre_id order by s.effective_date desc, s.id desc) as rn from cadre_status_change s"
            + " where s.tenant_id in (:readable) and s.effective_date <= :at) s"
            + " on s.tenant_id = c.tenant_id and s.cadre_id = c.id and s.rn = 1"
            + " left join (select distinct l.tenant_id, l.cadre_id from cadre_status_change l"
            + " where l.tenant_id in (:readable) and l.effective_date > :at) l"
            + " on l.tenant_id = c.tenant_id and l.cadre_id = c.id"
            + " where c.tenant_id in (:readable) and coalesce(s.status, case when l.cadre_id is not null"
            + " then 'ACTIVE' when c.status_since is null or c.status_since <= :at then c.status"
            + " else 'ACTIVE' end) = 'ACTIVE'";

    private static final String CHANGES = "select h.tenant_id, cast('APPOINTED' as varchar(20)), count(*)"
            + " from post_holding h where h.tenant_id in (:readable) and h.main_post = true"
            + " and h.post_level is not null and h.start_date > :from and h.start_date <= :at group by h.tenant_id"
            + " union all select h.tenant_id, cast('REMOVED' as varchar(20)), count(*)"
            + " from post_holding h where h.tenant_id in (:readable) and h.main_post = true"
            + " and h.post_level is not null and h.end_date > :from and h.end_date <= :at group by h.tenant_id"
            + " union all select s.tenant_id, cast(s.status as varchar(20)), count(*) from cadre_status_change s"
            + " where s.tenant_id in (:readable) and s.status <> 'ACTIVE' and s.effective_date > :from"
            + " and s.effective_date <= :at group by s.tenant_id, s.status";

    private StatisticsQueries() {}

    /** Each readable county's figures at the reference date, the year ending there. */
    static Map<String, CountyStatistics> compute(EntityManager em, List<String> readable, LocalDate at) {
        Map<String, Map<String, Long>> cells = new TreeMap<>();
        Query basic = em.createNativeQuery(basicStatement())
                .setParameter("readable", readable)
                .setParameter("at", at);
        for (int years : new int[] {36, 41, 46, 51, 55, 60}) {
            basic.setParameter("born" + years, at.minusYears(years));
        }
        for (Object row : basic.getResultList()) {
            Object[] values = (Object[]) row;
            Map<String, Long> county = cells.computeIfAbsent((String) values[0], k -> new HashMap<>());
            StatRow statRow = StatRow.ofRank(((Number) values[1]).intValue());
            StatColumn[] columns = StatColumn.values();
            for (int i = 0; i < columns.length; i++) {
                long count = values[i + 2] == null ? 0 : ((Number) values[i + 2]).longValue();
                county.merge(CountyStatistics.basicKey(statRow, columns[i]), count, Long::sum);
            }
        }
        Query changes = em.createNativeQuery(CHANGES)
                .setParameter("readable", readable)
                .setParameter("from", at.minusYears(1))
                .setParameter("at", at);
        for (Object row : changes.getResultList()) {
            Object[] values = (Object[]) row;
            String change = ((String) values[1]).strip();
            cells.computeIfAbsent((String) values[0], k -> new HashMap<>())
                    .merge(
                            CountyStatistics.changeKey(StatChange.valueOf(change)),
                            ((Number) values[2]).longValue(),
                            Long::sum);
        }
        Map<String, CountyStatistics> result = new TreeMap<>();
        cells.forEach((county, ofCounty) -> result.put(county, new CountyStatistics(ofCounty)));
        return result;
    }

    /** The basic table's statement: one row per county and level, one sum per column in order. */
    static String basicStatement() {
        String cpc = "x.party in ('CPC_MEMBER', 'CPC_PROBATIONARY')";
        return "select x.tenant, x.lvl, count(*)"
                + sum("x.gender = 'FEMALE'")
                + sum("x.ethnicity is not null and x.ethnicity <> '汉族'")
                + sum(cpc)
                + sum("not (" + cpc + ") or x.party is null")
                + sum("x.edu = 0")
                + sum("x.edu = 1")
                + sum("x.edu = 2")
                + sum("x.edu = 3")
                + sum("x.edu = 4")
                + sum("x.born > :born36")
                + sum("x.born <= :born36 and x.born > :born41")
                + sum("x.born <= :born41 and x.born > :born46")
                + sum("x.born <= :born46 and x.born > :born51")
                + sum("x.born <= :born51 and x.born > :born55")
                + sum("x.born <= :born55 and x.born > :born60")
                + sum("x.born <= :born60")
                + " from (" + COUNTED + ") x group by x.tenant, x.lvl";
    }

    private static String sum(String condition) {
        return ", sum(case when " + condition + " then 1 else 0 end)";
    }

    private static String levelRank() {
        StringBuilder rank = new StringBuilder("case h.post_level");
        for (PostLevel level : PostLevel.values()) {
            rank.append(" when '").append(level.name()).append("' then ").append(level.ordinal());
        }
        return rank.append(" else ")
                .append(PostLevel.values().length)
                .append(" end")
                .toString();
    }

    /** 0 postgraduate, 1 university, 2 college, 3 secondary vocational, 4 high school or below, 9 unknown. */
    private static String educationRank(String column) {
        return "case " + column + " when 'POSTGRADUATE' then 0 when 'UNIVERSITY' then 1 when 'COLLEGE' then 2"
                + " when 'SECONDARY_VOCATIONAL' then 3 when 'HIGH_SCHOOL' then 4 when 'JUNIOR_HIGH_OR_BELOW' then 4"
                + " else 9 end";
    }
}
