package cn.zugong.core.statistics;

import cn.zugong.core.unit.PostLevel;

/**
 * The rows of the basic table: the post levels (zhiwu cengci, highest held at the reference date:
 * "jiu gao bu jiu di") and those in post without a leadership level. Labels: {@code
 * statistics.row.<NAME>}.
 */
public enum StatRow {
    BUREAU_PRINCIPAL,
    BUREAU_DEPUTY,
    COUNTY_PRINCIPAL,
    COUNTY_DEPUTY,
    TOWNSHIP_PRINCIPAL,
    TOWNSHIP_DEPUTY,
    OTHER;

    /** The row of a level's rank (its ordinal), {@link #OTHER} beyond the levels. */
    static StatRow ofRank(int rank) {
        return rank >= 0 && rank < PostLevel.values().length ? values()[rank] : OTHER;
    }
}
