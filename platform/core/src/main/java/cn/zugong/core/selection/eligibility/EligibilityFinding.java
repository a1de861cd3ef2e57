package cn.zugong.core.selection.eligibility;

import cn.zugong.core.cadre.domain.EducationLevel;
import cn.zugong.core.cadre.domain.Health;
import cn.zugong.core.unit.PostLevel;
import java.util.List;

/**
 * The result of one rule for one candidate: the outcome and a message key with its values ({0},
 * {1} ...). Values are numbers, or {@link EducationLevel}, {@link PostLevel} and {@link Health}
 * constants: show those with their labels ({@link #labelKey}).
 */
public record EligibilityFinding(EligibilityRule rule, Outcome outcome, String messageKey, List<Object> args) {

    public EligibilityFinding {
        args = List.copyOf(args);
    }

    /** How binding the finding is when it is not a pass: its rule's force. */
    public RuleForce force() {
        return rule.force();
    }

    /** The values as texts, for a gate result's message arguments. */
    public String[] textArgs() {
        return args.stream().map(String::valueOf).toArray(String[]::new);
    }

    /** The reason part of the message key, such as {@code fail} or {@code within-year}. */
    public String reason() {
        return messageKey.substring(messageKey.lastIndexOf('.') + 1);
    }

    /**
     * Whether a recorded exceptional promotion (poge, approved by the upper organization department
     * with its document number) may lift this failure: the years, posts and education (generally
     * required) a poge passes over, and the poge finding itself, but never its limits (two levels, trial, within a year) nor the party
     * standing (DOMAIN.md 5.1: a poge must not break the basic conditions or the party standing).
     */
    public boolean waivableByException() {
        return switch (rule) {
            case WORK_YEARS, GRASSROOTS_YEARS, LOWER_POSTS, TIME_IN_POST, EDUCATION -> outcome != Outcome.PASS;
            case EXCEPTIONAL_PROMOTION -> reason().equals(ExceptionalPromotion.EXCEPTIONAL);
            default -> false;
        };
    }

    static EligibilityFinding of(EligibilityRule rule, Outcome outcome, String reason, Object... args) {
        return new EligibilityFinding(rule, outcome, rule.messageKey(reason), List.of(args));
    }

    /** The message key of a value's label, or null for a value shown as it is. */
    public static String labelKey(Object value) {
        return switch (value) {
            case EducationLevel level -> "cadre.education-level." + level.name();
            case PostLevel level -> "cadre.post-level." + level.name();
            case Health health -> "cadre.health." + health.name();
            default -> null;
        };
    }
}
