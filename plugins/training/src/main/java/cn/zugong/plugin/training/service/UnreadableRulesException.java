package cn.zugong.plugin.training.service;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.Problem;
import java.util.List;

/**
 * The training rules in force for a county cannot be read, because of a county's or province's
 * override: nothing can be worked out until an administrator corrects it.
 */
public class UnreadableRulesException extends RuntimeException {

    private final transient List<Problem> problems;

    public UnreadableRulesException(TenantId county, List<Problem> problems) {
        super("Unreadable training rules for " + county + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    /** One problem per unreadable value ({@code training.rules.badValue}). */
    public List<Problem> problems() {
        return problems;
    }
}
