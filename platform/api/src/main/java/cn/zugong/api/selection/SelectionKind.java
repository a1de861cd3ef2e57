package cn.zugong.api.selection;

/** What a selection case decides. */
public enum SelectionKind {
    /** Appointing a cadre to a post, a promotion or a transfer (renzhi). */
    APPOINT,
    /** Removing a cadre from a post (mianzhi). */
    REMOVE,
    /** Retiring a cadre (tuixiu). */
    RETIRE
}
