package cn.zugong.plugin.rotation.exchange;

import cn.zugong.plugin.rotation.plan.Mover;

/**
 * The reason of 交流规定 2006 第四条 a move is recorded under, with the colloquial kind (DOMAIN §2.1
 * [I]): 回避性 = (4), 培养性 = (2), 任职期满/任职较长 = (3), 调整性/工作需要 = (1), 其他 = (5).
 */
public final class ExchangeReason {

    public static final int WORK_NEED = 1;
    public static final int TRAINING = 2;
    public static final int LONG_SERVICE = 3;
    public static final int AVOIDANCE = 4;
    public static final int OTHER = 5;

    private ExchangeReason() {}

    /**
     * The code a plan's cadre is moved under by default: on the must or should list or at a term
     * limit, long service (3); picked by the officer, work need (1). The officer may change it.
     */
    public static int of(Mover.Reason reason) {
        return reason == Mover.Reason.PICKED ? WORK_NEED : LONG_SERVICE;
    }

    public static boolean valid(int code) {
        return code >= WORK_NEED && code <= OTHER;
    }

    public static String messageKey(int code) {
        return "rotation.exchange.reason." + code;
    }
}
