package cn.zugong.core.cadre.domain;

/** Which committee manages the cadre (ganbu guanli quanxian). Labels: message key {@code cadre.management-authority.<NAME>}; form text: {@link FormTexts}. */
public enum ManagementAuthority {
    PROVINCE,
    CITY,
    COUNTY,
    COUNTY_RECORD,
    UNIT
}
