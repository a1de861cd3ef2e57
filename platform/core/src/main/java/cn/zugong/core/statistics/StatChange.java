package cn.zugong.core.statistics;

/**
 * The changes of the year (the day after the previous reference date through this one): posts
 * taken up and left (leadership main posts), and status changes by their new status. The national
 * change categories were not found (DOMAIN.md 9.A.2): these are the registry's own. Labels: {@code
 * statistics.change.<NAME>}.
 */
public enum StatChange {
    APPOINTED,
    REMOVED,
    RETIRED,
    TRANSFERRED_OUT,
    RESIGNED,
    DISMISSED,
    DECEASED
}
