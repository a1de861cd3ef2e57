package cn.zugong.plugin.supervision.report;

/** What the verification of a report found (DOMAIN §4.10). */
public enum Conclusion {
    SUBSTANTIATED,
    PARTLY_SUBSTANTIATED,
    UNSUBSTANTIATED;

    public String messageKey() {
        return "supervision.report.conclusion." + name();
    }
}
