package cn.zugong.plugin.supervision.measure;

/**
 * A supervision measure (issue 20 item 7; DOMAIN §4.5: 谈话 or 函询, results may lead to 诫勉). How
 * long each bars promotion is a rule value ({@code measure.<KIND>.months}).
 */
public enum MeasureKind {
    /** 谈话提醒. */
    TALK_REMINDER,
    /** 函询. */
    LETTER_INQUIRY,
    /** 诫勉. */
    ADMONISHMENT;

    public String messageKey() {
        return "supervision.measure.kind." + name();
    }
}
