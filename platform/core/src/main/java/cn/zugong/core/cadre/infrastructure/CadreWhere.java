package cn.zugong.core.cadre.infrastructure;

import cn.zugong.core.cadre.domain.CadreFilter;
import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.db.Like;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The where clause of the cadre list for a filter, with its parameters. Names are searched by
 * their characters (contains), pinyin and pinyin initials (prefix, so the indexes serve them).
 */
public final class CadreWhere {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Names a query parameter in a condition, to rename it ({@link #conditions(String)}). */
    private static final Pattern PARAMETER = Pattern.compile(":(\\w+)");

    public CadreWhere(CadreFilter filter, List<String> readable) {
        this(filter);
        conditions.addFirst("c.tenantId in :readable");
        parameters.put("readable", readable);
    }

    /**
     * The filter's conditions without the readable counties: for a figure counted inside a
     * statement whose own where clause ({@link #CadreWhere(CadreFilter, List)}) limits the counties.
     */
    public static CadreWhere category(CadreFilter filter) {
        return new CadreWhere(filter);
    }

    private CadreWhere(CadreFilter filter) {
        addIf(filter.county(), "c.tenantId = :county", "county");
        if (!filter.search().isEmpty()) {
            String search = filter.search();
            if (search.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                add("c.name like :name" + Like.ESCAPE, "name", Like.contains(search));
            } else {
                // The range finds the prefix through an index also under row-level security, where
                // PostgreSQL may not use an index for like (not leakproof) before the tenant policy;
                // the like keeps the prefix exact whatever the collation.
                add(
                        "((c.namePinyin >= :prefixFrom and c.namePinyin < :prefixTo and c.namePinyin like :prefix"
                                + Like.ESCAPE
                                + ") or (c.nameInitials >= :prefixFrom and c.nameInitials < :prefixTo and c.nameInitials like"
                                + " :prefix" + Like.ESCAPE + "))",
                        "prefix",
                        Like.prefix(search));
                parameters.put("prefixFrom", search);
                parameters.put("prefixTo", after(search));
            }
        }
        addIf(filter.unitId(), "c.unitId = :unit", "unit");
        addIf(filter.postLevel(), "c.postLevel = :level", "level");
        addIf(filter.civilRank(), "c.civilRank = :rank", "rank");
        addIf(filter.gender(), "c.gender = :gender", "gender");
        addIf(filter.ethnicity(), "c.ethnicity = :ethnicity", "ethnicity");
        addIf(filter.politicalStatus(), "c.politicalStatus = :party", "party");
        addIf(filter.status(), "c.status = :status", "status");
        addIf(filter.managementAuthority(), "c.managementAuthority = :authority", "authority");
        if (filter.minAge() != null) {
            add("c.birthDate <= :bornBy", "bornBy", filter.referenceDate().minusYears(filter.minAge()));
        }
        if (filter.maxAge() != null) {
            add("c.birthDate > :bornAfter", "bornAfter", filter.referenceDate().minusYears(filter.maxAge() + 1L));
        }
        if (filter.minEducation() != null) {
            List<EducationLevel> levels = Arrays.stream(EducationLevel.values())
                    .filter(l -> l.ordinal() <= filter.minEducation().ordinal())
                    .toList();
            add(
                    "(c.education.fullTimeLevel in :education or c.education.inServiceLevel in :education)",
                    "education",
                    levels);
        }
    }

    /**
     * Narrows to the given cadres: those behind a statistics figure ({@code CadreFilter.held()}),
     * found by the statistics' own statement.
     */
    public CadreWhere only(List<UUID> ids) {
        if (ids.isEmpty()) {
            conditions.add("1 = 0");
        } else {
            add("c.id in :held", "held", ids);
        }
        return this;
    }

    /** The least text after every text that starts with {@code prefix}: its last character raised by one. */
    static String after(String prefix) {
        int last = prefix.length() - 1;
        return prefix.substring(0, last) + (char) (prefix.charAt(last) + 1);
    }

    private void addIf(Object value, String condition, String name) {
        if (value != null) {
            add(condition, name, value);
        }
    }

    private void add(String condition, String name, Object value) {
        conditions.add(condition);
        parameters.put(name, value);
    }

    public String clause() {
        return " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    /**
     * The conditions joined by {@code and}, every parameter's name ending in {@code suffix}, so that
     * several filters can count side by side in one statement ({@code count(c) filter (where …)}).
     */
    public String conditions(String suffix) {
        String joined = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return PARAMETER.matcher(joined).replaceAll(":$1" + suffix);
    }

    /** Binds the parameters of {@link #conditions(String)} with the same suffix. */
    public <T> TypedQuery<T> bind(TypedQuery<T> query, String suffix) {
        parameters.forEach((name, value) -> query.setParameter(name + suffix, value));
        return query;
    }
}
