package cn.zugong.perf;

import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.CadreQuery;
import cn.zugong.core.cadre.domain.Gender;
import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One page of the cadre list as the list view asks for it, and the same page as hand-written SQL:
 * the portal's projection and left join to the unit, but the join on the whole unit key
 * ({@code tenant_id}, {@code id}) and the readable tenants as one array parameter.
 */
record ListCase(String name, CadreFilter filter, CadreQuery.Sort sort, int offset, boolean count) {

    static final int PAGE = 50;
    static final String SEARCH = "lj";
    static final PostLevel LEVEL = PostLevel.TOWNSHIP_DEPUTY;
    static final int MIN_AGE = 35;
    static final int MAX_AGE = 50;

    static List<ListCase> all(LocalDate today) {
        CadreFilter none = CadreFilter.NONE;
        CadreFilter search = none.withSearch(SEARCH);
        CadreFilter levelAgeGender = new CadreFilter(
                "", null, LEVEL, null, MIN_AGE, MAX_AGE, Gender.FEMALE, null, null, null, null, null, today);
        List<ListCase> cases = new ArrayList<>();
        cases.add(new ListCase("initials 'lj', by name, offset 0", search, CadreQuery.Sort.NAME, 0, false));
        cases.add(
                new ListCase("level+age+gender, by birth, offset 0", levelAgeGender, CadreQuery.Sort.BIRTH, 0, false));
        cases.add(new ListCase("level+age+gender, by name, offset 0", levelAgeGender, CadreQuery.Sort.NAME, 0, false));
        cases.add(new ListCase("all, by name, offset 0", none, CadreQuery.Sort.NAME, 0, false));
        cases.add(new ListCase("all, by name, offset 5000", none, CadreQuery.Sort.NAME, 5000, false));
        cases.add(new ListCase("all, by birth, offset 0", none, CadreQuery.Sort.BIRTH, 0, false));
        cases.add(new ListCase("all, by birth, offset 5000", none, CadreQuery.Sort.BIRTH, 5000, false));
        cases.add(new ListCase("count all", none, null, 0, true));
        cases.add(new ListCase("count initials 'lj'", search, null, 0, true));
        cases.add(new ListCase("count level+age+gender", levelAgeGender, null, 0, true));
        return cases;
    }

    CadreQuery query() {
        return new CadreQuery(filter, sort, true, offset, PAGE);
    }

    /** The hand-written SQL and its parameters after the tenant array (parameter 1). */
    String sql(List<Object> parameters) {
        return sql(parameters, 0);
    }

    /**
     * The hand-written SQL with the readable tenants as {@code tenants} parameters {@code in (?, …)}
     * as Hibernate sends them (parameters 1 to {@code tenants}), or as one array parameter (1) when
     * {@code tenants} is 0; then the other parameters.
     */
    String sql(List<Object> parameters, int tenants) {
        StringBuilder where = new StringBuilder(
                tenants == 0
                        ? " where c.tenant_id = any (?)"
                        : " where c.tenant_id in (" + String.join(", ", Collections.nCopies(tenants, "?")) + ")");
        if (!filter.search().isEmpty()) {
            // as CadreWhere: a range the indexes serve under row-level security, the like keeping it exact
            where.append(" and ((c.name_pinyin >= ? and c.name_pinyin < ? and c.name_pinyin like ?)"
                    + " or (c.name_initials >= ? and c.name_initials < ? and c.name_initials like ?))");
            String from = filter.search();
            String to = from.substring(0, from.length() - 1) + (char) (from.charAt(from.length() - 1) + 1);
            for (int i = 0; i < 2; i++) {
                parameters.add(from);
                parameters.add(to);
                parameters.add(from + "%");
            }
        }
        if (filter.postLevel() != null) {
            where.append(" and c.post_level = ?");
            parameters.add(filter.postLevel().name());
        }
        if (filter.gender() != null) {
            where.append(" and c.gender = ?");
            parameters.add(filter.gender().name());
        }
        if (filter.minAge() != null) {
            where.append(" and c.birth_date <= ?");
            parameters.add(filter.referenceDate().minusYears(filter.minAge()));
        }
        if (filter.maxAge() != null) {
            where.append(" and c.birth_date > ?");
            parameters.add(filter.referenceDate().minusYears(filter.maxAge() + 1L));
        }
        if (count) {
            return "select count(*) from cadre c" + where;
        }
        String order = sort == CadreQuery.Sort.BIRTH ? "c.birth_date" : "c.name_sort";
        parameters.add(offset);
        parameters.add(PAGE);
        return "select c.id, c.tenant_id, c.name, c.gender, c.birth_date, c.ethnicity, u.name, c.current_post,"
                + " c.post_level, c.civil_rank, c.political_status, c.ft_level, c.status, c.management_authority"
                + " from cadre c left join org_unit u on u.tenant_id = c.tenant_id and u.id = c.unit_id" + where
                + " order by " + order + " asc nulls last, c.name_sort, c.name, c.id offset ? limit ?";
    }
}
