package cn.zugong.plugin.training.course;

/**
 * The training categories of peixun tiaoli 2023 article 13 (DOMAIN §1.1 [V]). Labels: {@code
 * training.category.<NAME>}.
 */
public enum CourseCategory {
    /** zhuanti peixun: the Party's theory and Party spirit (Party theory and Party spirit). */
    THEMATIC,
    /** jizhong lunxun: carrying out major decisions (carrying out major decisions). */
    ROTATION,
    /** churen peixun: newly recruited or hired. */
    INITIAL,
    /** renzhi peixun: promoted to a leadership post. */
    APPOINTMENT,
    /** zaizhi peixun: improving the ability to do the job. */
    IN_SERVICE,
    /** qita peixun. */
    OTHER;

    public String messageKey() {
        return "training.category." + name();
    }
}
