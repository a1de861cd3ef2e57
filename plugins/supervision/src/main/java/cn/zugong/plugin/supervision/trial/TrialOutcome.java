package cn.zugong.plugin.supervision.trial;

/**
 * How a trial ends (DOMAIN §4.2 [V]): 胜任 → confirmed in the post (正式任职); 不胜任 → the trial post
 * is removed (免去试任职务). A trial still running has no outcome.
 */
public enum TrialOutcome {
    CONFIRMED,
    REMOVED;

    public String messageKey() {
        return "supervision.trial.outcome." + name();
    }
}
