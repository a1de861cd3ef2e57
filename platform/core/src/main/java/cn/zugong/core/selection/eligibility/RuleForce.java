package cn.zugong.core.selection.eligibility;

/**
 * How binding a rule is. A gate result or a step check maps {@link #HARD} to a block that cannot
 * be overridden from the case (only a recorded exception the regulation itself allows may lift
 * it, see {@link EligibilityFinding#waivableByException()}), and {@link #WARNING} to a finding the
 * officer may acknowledge with a reason.
 */
public enum RuleForce {
    /** [V] in DOMAIN.md: verified from the regulation, not overridable. */
    HARD,
    /** [P] or [I] in DOMAIN.md, or a reminder: to be confirmed by a person. */
    WARNING
}
