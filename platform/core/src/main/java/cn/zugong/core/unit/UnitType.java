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
    TOWNSHIP
}
