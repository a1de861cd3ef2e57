package cn.zugong.api.selection;

/**
 * The steps of a selection case (xuanba renyong), in their order. An appointment case goes through
 * all of them ({@link #PROBATION} only when the post has a trial year); a removal (mianzhi) or a
 * retirement goes from {@link #INITIATION} to {@link #DECISION} and then {@link #APPOINTMENT},
 * which for them is the issuing of the removal or retirement.
 */
public enum SelectionStep {
    /** Analysis and initiation (fenxi yanpan he dongyi): the work plan and intended candidates. */
    INITIATION,
    /** Democratic recommendation (minzhu tuijian): interview and meeting tallies, valid one year. */
    RECOMMENDATION,
    /** Choosing who is inspected (queding kaocha duixiang). */
    CANDIDATES,
    /** Inspection (kaocha) with its notice and the four mandatory checks. */
    INSPECTION,
    /** Discussion and decision (taolun jueding) by the committee. */
    DECISION,
    /** Pre-appointment publicity (renqian gongshi), at least five working days. */
    PUBLICITY,
    /** The appointment itself (renzhi), or the removal or retirement being issued. */
    APPOINTMENT,
    /** The trial year (shiyongqi) and its end assessment. */
    PROBATION
}
