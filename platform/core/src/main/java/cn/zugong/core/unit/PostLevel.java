package cn.zugong.core.unit;

/** Leadership post level (zhiwu cengci), from the province-bureau level down to the township level. Labels: message key {@code cadre.post-level.<NAME>}; form text: {@code cadre.FormTexts}. */
public enum PostLevel {
    BUREAU_PRINCIPAL,
    BUREAU_DEPUTY,
    COUNTY_PRINCIPAL,
    COUNTY_DEPUTY,
    TOWNSHIP_PRINCIPAL,
    TOWNSHIP_DEPUTY;

    /** Whether this is a principal (zheng) level rather than a deputy (fu) one. */
    public boolean principal() {
        return ordinal() % 2 == 0;
    }

    /** The deputy level under a principal one (a unit of this rank has its deputies there). */
    public PostLevel deputy() {
        return principal() ? values()[ordinal() + 1] : this;
    }
}
