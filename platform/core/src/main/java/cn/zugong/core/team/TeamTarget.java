package cn.zugong.core.team;

/**
 * The targets a leadership team is measured against, each with how sure its source is (DOMAIN.md
 * legend: {@code V} verified, {@code P} provincial or partly verified, {@code I} inferred). Labels
 * and sources: message keys {@code team.target.<NAME>} and {@code team.target.<NAME>.source}.
 */
public enum TeamTarget {
    /** At least so many women, in the unit types that require it. */
    WOMEN("P"),
    /** At least so many members at or under the younger age. */
    YOUNGER("P"),
    /** At least this share of members under 45. */
    UNDER_45("P"),
    /** At most this share of members over 55. */
    OVER_55("P"),
    /** At least this share with university education or above. */
    UNIVERSITY("I"),
    /** At least so many distinct fields of expertise. */
    EXPERTISE("I"),
    /** At most so many vacant approved posts. */
    VACANCIES("I");

    /** V, P or I. */
    public final String tag;

    TeamTarget(String tag) {
        this.tag = tag;
    }
}
