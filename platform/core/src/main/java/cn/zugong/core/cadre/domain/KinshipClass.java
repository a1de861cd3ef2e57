package cn.zugong.core.cadre.domain;

/** Kinship class of a relative, needed by the avoidance rules (DOMAIN.md section 0). Labels: message key {@code cadre.kinship-class.<NAME>}; form text: {@link FormTexts}. */
public enum KinshipClass {
    SPOUSE,
    LINEAL,
    COLLATERAL,
    IN_LAW,
    SOCIAL
}
