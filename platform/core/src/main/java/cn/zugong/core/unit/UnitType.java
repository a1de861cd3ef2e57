package cn.zugong.core.unit;

/** The kinds of unit the cadre registry knows (DOMAIN.md §0). Labels live in the message bundles as {@code unit.type.<NAME>}. */
public enum UnitType {
    PARTY_COMMITTEE,
    GOVERNMENT,
    PEOPLES_CONGRESS,
    CPPCC,
    DISCIPLINE_SUPERVISION,
    COURT,
    PROCURATORATE,
    WORKING_DEPARTMENT,
    INTERNAL_ORGAN,
    TOWNSHIP;

    /** The usual rank of such a unit in a county: the county's leading organs, then their departments. */
    public PostLevel countyRank() {
        return switch (this) {
            case WORKING_DEPARTMENT, TOWNSHIP -> PostLevel.TOWNSHIP_PRINCIPAL;
            case INTERNAL_ORGAN -> PostLevel.TOWNSHIP_DEPUTY;
            default -> PostLevel.COUNTY_PRINCIPAL;
        };
    }
}
