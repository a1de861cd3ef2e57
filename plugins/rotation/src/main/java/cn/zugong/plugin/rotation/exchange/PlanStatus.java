package cn.zugong.plugin.rotation.exchange;

/**
 * A saved exchange plan's state: a draft the officer changes and solves again; approved, when each
 * move has opened its selection case of kind 交流 and its exchange case, and the plan changes no more.
 */
public enum PlanStatus {
    DRAFT,
    APPROVED;

    public String messageKey() {
        return "rotation.plan.status." + name();
    }
}
