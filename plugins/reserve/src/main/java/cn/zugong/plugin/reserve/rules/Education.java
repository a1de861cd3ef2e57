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

    public boolean atLeast(Education minimum) {
        return compareTo(minimum) >= 0;
    }
}
