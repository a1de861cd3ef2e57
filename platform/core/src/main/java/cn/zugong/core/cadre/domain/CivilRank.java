package cn.zugong.core.cadre.domain;

/** Civil-servant rank (zhiji) under the 2019 parallel post-and-rank rules, highest first. Labels: message key {@code cadre.civil-rank.<NAME>}; form text: {@link FormTexts}. */
public enum CivilRank {
    INSPECTOR_1,
    INSPECTOR_2,
    RESEARCHER_1,
    RESEARCHER_2,
    RESEARCHER_3,
    RESEARCHER_4,
    PRINCIPAL_STAFF_1,
    PRINCIPAL_STAFF_2,
    PRINCIPAL_STAFF_3,
    PRINCIPAL_STAFF_4,
    STAFF_1,
    STAFF_2
}
