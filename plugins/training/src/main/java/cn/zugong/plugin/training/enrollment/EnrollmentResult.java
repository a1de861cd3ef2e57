package cn.zugong.plugin.training.enrollment;

/** The result of a course for one cadre (DOMAIN §1.3 {@code result}). Labels: {@code training.result.<NAME>}. */
public enum EnrollmentResult {
    /** jieye. */
    COMPLETED,
    /** buhege. */
    FAILED,
    /** tuixue. */
    WITHDRAWN;

    public String messageKey() {
        return "training.result." + name();
    }
}
