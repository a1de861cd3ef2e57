package cn.zugong.core.division;

/** The three levels of the division table: 省级, 地级, 县级. */
public enum DivisionLevel {
    PROVINCE,
    CITY,
    COUNTY
}
