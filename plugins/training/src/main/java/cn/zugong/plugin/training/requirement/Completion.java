package cn.zugong.plugin.training.requirement;

/**
 * How many cadres met a requirement of how many to whom it applies, as the dashboard shows it.
 *
 * @param met cadres who met it
 * @param applicable cadres to whom it applies
 */
public record Completion(long met, long applicable) {

    public Completion {
        if (met < 0 || applicable < met) {
            throw new IllegalArgumentException("not a completion: " + met + "/" + applicable);
        }
    }
}
