package cn.zugong.core.selection.domain;

/** A member's opinion on a candidate (tongyi, butongyi, huanyi); label key {@code selection.opinion.<NAME>}. */
public enum Opinion {
    AGREE,
    DISAGREE,
    DEFER
}
