package cn.zugong.plugin.supervision.report;

/** How a report came in: the 12380 channel's "四位一体" (DOMAIN §4.5 [V]) and visits. */
public enum ReportChannel {
    LETTER,
    PHONE,
    WEB,
    SMS,
    VISIT;

    public String messageKey() {
        return "supervision.report.channel." + name();
    }
}
