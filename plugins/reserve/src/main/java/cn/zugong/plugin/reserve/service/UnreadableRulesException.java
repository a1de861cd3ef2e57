package cn.zugong.plugin.reserve.service;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.Problem;
import java.util.List;

/** A county's reserve rule overrides cannot be read: the pages name the values concerned. */
public class UnreadableRulesException extends RuntimeException {

    private final transient List<Problem> problems;

    public UnreadableRulesException(TenantId county, List<Problem> problems) {
        super("unreadable reserve rules of " + county + ": " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
