package cn.zugong.api.rules;

import java.util.List;
import java.util.Objects;

/**
 * Why a rule value cannot be used, as {@link RulePackContribution#problems} reports it.
 *
 * @param ruleKey the key whose value is wrong
 * @param messageKey a key of the plugin's message bundle saying why
 * @param args the message's arguments
 * @since 1.1.0
 */
public record RuleProblem(String ruleKey, String messageKey, List<Object> args) {

    public RuleProblem {
        Objects.requireNonNull(ruleKey, "ruleKey");
        Objects.requireNonNull(messageKey, "messageKey");
        args = List.copyOf(args);
    }

    /**
     * A problem with arguments of any element type, such as the {@code List<String>} of a
     * plugin's own problem record, which the canonical constructor's {@code List<Object>} does not
     * take without a copy.
     *
     * {@snippet class=cn.zugong.api.snippets.RulesSnippets region=problem :
     * return CreditRules.problems(effective).stream()
     *         .map(p -> RuleProblem.of(p.field(), p.key(), p.args()))
     *         .toList();
     * }
     *
     * @param ruleKey the key whose value is wrong
     * @param messageKey a key of the plugin's message bundle saying why
     * @param args the message's arguments
     * @return the problem, with its own unmodifiable copy of the arguments
     * @since 1.3.0
     */
    public static RuleProblem of(String ruleKey, String messageKey, List<?> args) {
        return new RuleProblem(ruleKey, messageKey, List.copyOf(args));
    }
}
