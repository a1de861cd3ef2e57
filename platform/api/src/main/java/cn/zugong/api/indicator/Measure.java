package cn.zugong.api.indicator;

import java.util.Collection;

/**
 * One reading of an indicator: how many of how many, such as 312 of 340 cadres who met their
 * training hours.
 */
public record Measure(long achieved, long total) {

    public Measure {
        if (achieved < 0 || total < 0) {
            throw new IllegalArgumentException("negative measure: " + achieved + "/" + total);
        }
    }

    /** The share achieved, from 0 to 1; 0 when there is nothing to measure. */
    public double rate() {
        return total == 0 ? 0 : (double) achieved / total;
    }

    /** The sum of several readings, as a supervisor sees the counties of a scope together. */
    public static Measure sum(Collection<Measure> measures) {
        long achieved = 0;
        long total = 0;
        for (Measure m : measures) {
            achieved += m.achieved;
            total += m.total;
        }
        return new Measure(achieved, total);
    }
}
