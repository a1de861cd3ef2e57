package cn.zugong.plugin.rotation.service;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import java.util.List;

/**
 * The rotation rules in force for a county cannot be read, because of a province's or county's
 * override: nothing can be worked out until an administrator corrects it.
 */
public class UnreadableRulesException extends RuntimeException {

    private final transient List<Problem> problems;

    public UnreadableRulesException(TenantId county, List<Problem> problems) {
        super("Unreadable rotation rules for " + county + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
