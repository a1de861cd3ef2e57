package cn.zugong.core.cadre.domain;

/** Education level (xueli), highest first. Labels: message key {@code cadre.education-level.<NAME>}; form text: {@link FormTexts}. */
public enum EducationLevel {
    POSTGRADUATE,
    UNIVERSITY,
    COLLEGE,
    SECONDARY_VOCATIONAL,
    HIGH_SCHOOL,
    JUNIOR_HIGH_OR_BELOW
}
