package cn.zugong.core.cadre.identity;

/** The gender an identity number encodes in the parity of its seventeenth digit. */
public enum Gender {
    MALE,
    FEMALE
}
