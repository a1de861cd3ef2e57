package cn.zugong.core.selection.eligibility;

/** How a candidate fares on one rule. Labels: message key {@code eligibility.outcome.<NAME>}. */
public enum Outcome {
    PASS,
    /** Not decided by the data: a person must confirm (missing data, a judgement, an exception route). */
    WARNING,
    FAIL
}
