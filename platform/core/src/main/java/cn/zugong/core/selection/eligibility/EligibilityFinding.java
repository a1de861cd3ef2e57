package cn.zugong.core.selection.eligibility;

import cn.zugong.core.cadre.EducationLevel;
import cn.zugong.core.cadre.Health;
import cn.zugong.core.cadre.PostLevel;
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
