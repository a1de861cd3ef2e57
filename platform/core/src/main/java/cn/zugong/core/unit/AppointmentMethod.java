package cn.zugong.core.unit;

/** How a post is filled: elected, appointed, hired, or by examination. Labels: message key {@code cadre.appointment-method.<NAME>}; form text: {@code cadre.FormTexts}. */
public enum AppointmentMethod {
    ELECTED,
    APPOINTED,
    HIRED,
    EXAMINED
}
