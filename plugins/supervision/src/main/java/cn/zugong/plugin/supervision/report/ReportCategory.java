package cn.zugong.plugin.supervision.report;

/**
 * What a report is about. The 12380 channel takes reports of 违规选人用人 (DOMAIN §4.5 [V]); {@link
 * #OTHER} is out of its scope and is redirected.
 */
public enum ReportCategory {
    /** 跑官要官. */
    SEEKING_OFFICE,
    /** 买官卖官. */
    BUYING_OFFICE,
    /** 拉票贿选. */
    VOTE_BUYING,
    /** 造假骗官. */
    FRAUD,
    /** 带病提拔. */
    PROMOTED_WITH_PROBLEMS,
    /** 突击提拔调整. */
    RUSHED_PROMOTION,
    /** 超职数配备. */
    OVER_QUOTA,
    /** 违反程序. */
    PROCEDURE,
    /** Anything else: not for this channel. */
    OTHER;

    public boolean inScope() {
        return this != OTHER;
    }

    public String messageKey() {
        return "supervision.report.category." + name();
    }
}
