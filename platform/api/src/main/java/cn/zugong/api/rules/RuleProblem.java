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
}
