package cn.zugong.plugin.reserve.pool;

/** What an annual review decided (DOMAIN §3.4: reviewed → in_pool, or an exit). */
public enum ReviewOutcome {
    /** Kept in the pool. */
    KEPT,
    /** Left the pool with an exit reason. */
    EXITED;

    public String messageKey() {
        return "reserve.review.outcome." + name();
    }
}
