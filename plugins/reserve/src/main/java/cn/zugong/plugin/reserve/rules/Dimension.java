package cn.zugong.plugin.reserve.rules;

/** The dimensions the structure of a reserve is measured on (DOMAIN §3.2, V-R1). */
public enum Dimension {
    /** Members against the posts (职数) they back. */
    COUNT,
    WOMEN,
    NON_PARTY,
    UNDER_AGE,
    /** 近期可提拔. */
    NEAR_TERM;

    public String messageKey() {
        return "reserve.dimension." + name();
    }
}
