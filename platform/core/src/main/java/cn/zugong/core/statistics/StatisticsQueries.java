package cn.zugong.core.statistics;

import cn.zugong.core.unit.PostLevel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

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
 * the posts held at D. The changes of the year count cadres (a cadre appointed twice in the year
 * counts once). The cadres behind a cell ({@link #basicCadres}, {@link #changeCadres}) are found by
 * the same statements with the cell's conditions, so that a figure equals its list.
 */
final class StatisticsQueries {

    private static final String LEVEL_RANK = levelRank();

    /** The ages that bound the age bands: born after the reference date less so many years. */
    private static final int[] AGE_LIMITS = {36, 41, 46, 51, 55, 60};

    private static final String EDUCATION =
            "least(" + educationRank("c.ft_level") + ", " + educationRank("c.is_level") + ")";

    private static final String COUNTED = "select c.tenant_id as tenant, c.id as id, p.lvl as lvl, c.gender as gender,"
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

    private static final String CPC = "x.party in ('CPC_MEMBER', 'CPC_PROBATIONARY')";

    /** Who a column counts, a condition on a row of {@link #COUNTED} (alias {@code x}). */
    private static final Map<StatColumn, String> COLUMNS = columns();

    /** The leadership main posts taken up in the year (alias {@code h}). */
    private static final String APPOINTED = "post_holding h where h.tenant_id in (:readable) and h.main_post = true"
            + " and h.post_level is not null and h.start_date > :from and h.start_date <= :at";

    /** The leadership main posts left in the year (alias {@code h}). */
    private static final String REMOVED = "post_holding h where h.tenant_id in (:readable) and h.main_post = true"
            + " and h.post_level is not null and h.end_date > :from and h.end_date <= :at";

    /** The status changes of the year out of office (alias {@code s}). */
    private static final String LEFT = "cadre_status_change s where s.tenant_id in (:readable)"
            + " and s.status <> 'ACTIVE' and s.effective_date > :from and s.effective_date <= :at";

    /** The changes of the year, each counting cadres (one changed twice in the year counts once). */
    private static final String CHANGES =
            "select h.tenant_id, cast('APPOINTED' as varchar(20)), count(distinct h.cadre_id) from " + APPOINTED
                    + " group by h.tenant_id"
                    + " union all select h.tenant_id, cast('REMOVED' as varchar(20)), count(distinct h.cadre_id)"
                    + " from " + REMOVED + " group by h.tenant_id"
                    + " union all select s.tenant_id, cast(s.status as varchar(20)), count(distinct s.cadre_id)"
                    + " from " + LEFT + " group by s.tenant_id, s.status";

    private StatisticsQueries() {}

    /** Each readable county's figures at the reference date, the year ending there. */
    static Map<String, CountyStatistics> compute(EntityManager em, List<String> readable, LocalDate at) {
        return compute(em, readable, at, true);
    }

    /** Each readable county's figures at the reference date; the changes of the year only when asked. */
    static Map<String, CountyStatistics> compute(
            EntityManager em, List<String> readable, LocalDate at, boolean withChanges) {
        Map<String, Map<String, Long>> cells = new TreeMap<>();
        Query basic = em.createNativeQuery(basicStatement())
                .setParameter("readable", readable)
                .setParameter("at", at);
        bindAges(basic, basicStatement(), at);
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
        if (withChanges) {
            changes(em, readable, at, cells);
        }
        Map<String, CountyStatistics> result = new TreeMap<>();
        cells.forEach((county, ofCounty) -> result.put(county, new CountyStatistics(ofCounty)));
        return result;
    }

    private static void changes(
            EntityManager em, List<String> readable, LocalDate at, Map<String, Map<String, Long>> cells) {
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
    }

    /** The basic table's statement: one row per county and level, one sum per column in order. */
    static String basicStatement() {
        StringBuilder select = new StringBuilder("select x.tenant, x.lvl, count(*)");
        for (StatColumn column : StatColumn.values()) {
            if (column != StatColumn.TOTAL) {
                select.append(sum(COLUMNS.get(column)));
            }
        }
        return select.append(" from (" + COUNTED + ") x group by x.tenant, x.lvl")
                .toString();
    }

    /**
     * The cadres behind a cell of the basic table (row null: every row) of the given counties at
     * the reference date: the basic table's own statement, its row and column as conditions.
     */
    static List<UUID> basicCadres(
            EntityManager em, List<String> counties, LocalDate at, StatRow row, StatColumn column) {
        String rows = row == null ? "1 = 1" : "x.lvl in (" + ranks(row) + ")";
        String statement = "select x.id from (" + COUNTED + ") x where " + rows + " and " + COLUMNS.get(column);
        Query query = em.createNativeQuery(statement)
                .setParameter("readable", counties)
                .setParameter("at", at);
        bindAges(query, statement, at);
        return ids(query);
    }

    /** The cadres behind a change of the year of the given counties (the year ending at {@code at}). */
    static List<UUID> changeCadres(EntityManager em, List<String> counties, LocalDate at, StatChange change) {
        String statement =
                switch (change) {
                    case APPOINTED -> "select distinct h.cadre_id from " + APPOINTED;
                    case REMOVED -> "select distinct h.cadre_id from " + REMOVED;
                    default -> "select distinct s.cadre_id from " + LEFT + " and s.status = :status";
                };
        Query query = em.createNativeQuery(statement)
                .setParameter("readable", counties)
                .setParameter("from", at.minusYears(1))
                .setParameter("at", at);
        if (statement.contains(":status")) {
            query.setParameter("status", change.name());
        }
        return ids(query);
    }

    private static List<UUID> ids(Query query) {
        List<UUID> ids = new ArrayList<>();
        for (Object id : query.getResultList()) {
            ids.add(
                    switch (id) {
                        case UUID uuid -> uuid;
                        // H2 hands a native uuid column over as its 16 bytes
                        case byte[] bytes -> {
                            ByteBuffer buffer = ByteBuffer.wrap(bytes);
                            yield new UUID(buffer.getLong(), buffer.getLong());
                        }
                        default -> UUID.fromString(id.toString());
                    });
        }
        return ids;
    }

    /** The ranks of {@link #COUNTED}'s level that fall in a row ({@link StatRow#ofRank}). */
    private static String ranks(StatRow row) {
        List<String> ranks = new ArrayList<>();
        for (int rank = 0; rank <= PostLevel.values().length; rank++) {
            if (StatRow.ofRank(rank) == row) {
                ranks.add(Integer.toString(rank));
            }
        }
        return String.join(", ", ranks);
    }

    private static void bindAges(Query query, String statement, LocalDate at) {
        for (int years : AGE_LIMITS) {
            if (statement.contains(":born" + years)) {
                query.setParameter("born" + years, at.minusYears(years));
            }
        }
    }

    private static Map<StatColumn, String> columns() {
        Map<StatColumn, String> columns = new EnumMap<>(StatColumn.class);
        columns.put(StatColumn.TOTAL, "1 = 1");
        columns.put(StatColumn.FEMALE, "x.gender = 'FEMALE'");
        columns.put(StatColumn.MINORITY, "x.ethnicity is not null and x.ethnicity <> '汉族'");
        columns.put(StatColumn.CPC, CPC);
        columns.put(StatColumn.NON_CPC, "(not (" + CPC + ") or x.party is null)");
        columns.put(StatColumn.POSTGRADUATE, "x.edu = 0");
        columns.put(StatColumn.UNIVERSITY, "x.edu = 1");
        columns.put(StatColumn.COLLEGE, "x.edu = 2");
        columns.put(StatColumn.SECONDARY, "x.edu = 3");
        columns.put(StatColumn.HIGH_SCHOOL_OR_BELOW, "x.edu = 4");
        columns.put(StatColumn.AGE_35_OR_UNDER, "x.born > :born36");
        columns.put(StatColumn.AGE_36_TO_40, "x.born <= :born36 and x.born > :born41");
        columns.put(StatColumn.AGE_41_TO_45, "x.born <= :born41 and x.born > :born46");
        columns.put(StatColumn.AGE_46_TO_50, "x.born <= :born46 and x.born > :born51");
        columns.put(StatColumn.AGE_51_TO_54, "x.born <= :born51 and x.born > :born55");
        columns.put(StatColumn.AGE_55_TO_59, "x.born <= :born55 and x.born > :born60");
        columns.put(StatColumn.AGE_60_OR_OVER, "x.born <= :born60");
        return columns;
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
