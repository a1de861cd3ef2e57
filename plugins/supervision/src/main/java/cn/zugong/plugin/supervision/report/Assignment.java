package cn.zugong.plugin.supervision.report;

/** Who handles an accepted report (DOMAIN §4.10): handed down (交办), transferred (转办) or handled by the department itself (自办). */
public enum Assignment {
    HANDED_DOWN,
    TRANSFERRED,
    OWN;

    public String messageKey() {
        return "supervision.report.assignment." + name();
    }
}
