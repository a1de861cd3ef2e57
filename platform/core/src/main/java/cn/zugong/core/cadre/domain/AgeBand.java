package cn.zugong.core.cadre.domain;

/**
 * The age bands of the dashboard, in whole years at the reference date (as the list's age filter
 * counts them, so a band's figure and its list agree). Labels: message key {@code
 * cadre.age-band.<NAME>}.
 */
public enum AgeBand {
    UNDER_35(null, 34),
    FROM_35_TO_39(35, 39),
    FROM_40_TO_44(40, 44),
    FROM_45_TO_49(45, 49),
    FROM_50_TO_54(50, 54),
    FROM_55(55, null);

    /** Lowest age in the band, null when open below. */
    public final Integer minAge;

    /** Highest age in the band, null when open above. */
    public final Integer maxAge;

    AgeBand(Integer minAge, Integer maxAge) {
        this.minAge = minAge;
        this.maxAge = maxAge;
    }
}
