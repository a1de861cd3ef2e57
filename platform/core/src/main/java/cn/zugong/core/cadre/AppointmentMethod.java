package cn.zugong.core.cadre;

/** How a post is filled: elected, appointed, hired, or by examination. Labels: message key {@code cadre.appointment-method.<NAME>}; form text: {@link FormTexts}. */
public enum AppointmentMethod {
    ELECTED,
    APPOINTED,
    HIRED,
    EXAMINED
}
