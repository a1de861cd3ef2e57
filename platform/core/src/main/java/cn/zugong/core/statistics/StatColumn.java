package cn.zugong.core.statistics;

/**
 * The columns of the basic table, after the layout of the national system's 干部基本情况统计表
 * (DOMAIN.md 9.A.2 [P]): total, women, ethnic minorities, party members and others, education
 * (highest of full-time and in-service), and the seven age bands at the reference date. Labels:
 * {@code statistics.column.<NAME>}.
 */
public enum StatColumn {
    TOTAL,
    FEMALE,
    MINORITY,
    CPC,
    NON_CPC,
    POSTGRADUATE,
    UNIVERSITY,
    COLLEGE,
    SECONDARY,
    HIGH_SCHOOL_OR_BELOW,
    AGE_35_OR_UNDER,
    AGE_36_TO_40,
    AGE_41_TO_45,
    AGE_46_TO_50,
    AGE_51_TO_54,
    AGE_55_TO_59,
    AGE_60_OR_OVER
}
