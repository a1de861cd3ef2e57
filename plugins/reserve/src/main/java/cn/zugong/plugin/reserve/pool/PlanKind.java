package cn.zugong.plugin.reserve.pool;

/**
 * The kinds of a member's development (DOMAIN §3.2 [P] "Training and practice": courses, 挂职,
 * 轮岗, 助理职务, hard tasks; http://xuexue6.com/cygw/k03475/6106535_2.html).
 */
public enum PlanKind {
    /** 培训: a course or a party-school class. */
    TRAINING,
    /** 挂职: a temporary post elsewhere. */
    SECONDMENT,
    /** 轮岗: a rotation between posts. */
    ROTATION,
    /** 助理职务: an assistant post. */
    ASSISTANT,
    /** 急难险重任务: a hard task. */
    HARD_TASK;

    public String messageKey() {
        return "reserve.plan.kind." + name();
    }
}
