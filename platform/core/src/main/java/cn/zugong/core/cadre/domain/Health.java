package cn.zugong.core.cadre.domain;

/** Health as the form records it (DOMAIN.md 6.1). Labels: message key {@code cadre.health.<NAME>}; form text: {@link FormTexts}. */
public enum Health {
    HEALTHY,
    GOOD,
    FAIR,
    POOR
}
