package cn.zugong.core.post;

import cn.zugong.core.unit.UnitType;

/**
 * Which units a quota list shows.
 *
 * @param search part of the unit's name, or empty
 * @param type only units of this type, or {@code null} for all
 * @param overStaffedOnly only units holding more posts than approved at either level
 */
public record QuotaFilter(String search, UnitType type, boolean overStaffedOnly) {

    public static final QuotaFilter ALL = new QuotaFilter("", null, false);
    public static final QuotaFilter OVER_STAFFED = new QuotaFilter("", null, true);

    public QuotaFilter {
        search = search == null ? "" : search.strip();
    }
}
