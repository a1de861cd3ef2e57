package cn.zugong.api.cadre;

/**
 * The orders of a page of the cadre directory, those of the portal's cadre list; ties are broken
 * by name (in pinyin order), so that pages do not overlap.
 *
 * @since 1.2.0
 */
public enum CadreSort {
    /** By name, in pinyin order (陈 before 程). */
    NAME,
    /** By date of birth. */
    BIRTH_DATE,
    /** By the name of the unit of the main post. */
    UNIT,
    /** By the level of the main post. */
    POST_LEVEL,
    /** By status. */
    STATUS
}
