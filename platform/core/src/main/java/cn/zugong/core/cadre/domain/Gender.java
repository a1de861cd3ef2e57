package cn.zugong.core.cadre.domain;

/** Gender (GB/T 2261.1: 1 male, 2 female). Labels: message key {@code cadre.gender.<NAME>}; form text: {@link FormTexts}. */
public enum Gender {
    MALE,
    FEMALE
}
