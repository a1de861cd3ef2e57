package cn.zugong.core.cadre.domain;

/** Annual assessment grade (DOMAIN.md 7.1); UNGRADED is buding dengci. Labels: message key {@code cadre.assessment-grade.<NAME>}; form text: {@link FormTexts}. */
public enum AssessmentGrade {
    EXCELLENT,
    COMPETENT,
    BASICALLY_COMPETENT,
    INCOMPETENT,
    UNGRADED
}
