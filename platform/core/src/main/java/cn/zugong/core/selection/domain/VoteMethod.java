package cn.zugong.core.selection.domain;

/** How a decision meeting voted (label key {@code selection.method.<NAME>}). */
public enum VoteMethod {
    ORAL,
    SHOW_OF_HANDS,
    SECRET_BALLOT
}
