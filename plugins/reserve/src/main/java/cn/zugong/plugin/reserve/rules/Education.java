package cn.zugong.plugin.reserve.rules;

/** Education levels in ascending order, as the eligibility rule compares them (DOMAIN §3.2: ≥ 大专). */
public enum Education {
    SECONDARY,
    JUNIOR_COLLEGE,
    BACHELOR,
    MASTER,
    DOCTOR;

    public String messageKey() {
        return "reserve.education." + name();
    }

    /**
     * The level of a registry code (SDK {@code CadreProfile.highestEducation}): 研究生 counts as a
     * master's (the registry does not tell a doctorate apart), 大学 as a bachelor's, 大专 as 大专,
     * anything below as secondary. Empty for a code the registry does not use.
     */
    public static java.util.Optional<Education> ofRegistry(String code) {
        return java.util.Optional.ofNullable(
                switch (code) {
                    case "POSTGRADUATE" -> MASTER;
                    case "UNIVERSITY" -> BACHELOR;
                    case "COLLEGE" -> JUNIOR_COLLEGE;
                    case "SECONDARY_VOCATIONAL", "HIGH_SCHOOL", "JUNIOR_HIGH_OR_BELOW" -> SECONDARY;
                    default -> null;
                });
    }

    public boolean atLeast(Education minimum) {
        return compareTo(minimum) >= 0;
    }
}
