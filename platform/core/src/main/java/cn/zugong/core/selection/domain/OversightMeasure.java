package cn.zugong.core.selection.domain;

import cn.zugong.core.selection.application.OversightService;
import cn.zugong.core.selection.application.SelectionService;

/**
 * What a provincial inspector counts per county without opening each case ({@link
 * OversightService}); each count lists its cases. Labels: message key {@code
 * selection.oversight.<NAME>}.
 */
public enum OversightMeasure {
    /** Cases with a recorded poge approval ({@link ExceptionKind#BREAK_GRADE}). */
    BREAK_GRADE,
    /** Cases with a recorded post quota adjustment ({@link ExceptionKind#QUOTA_ADJUSTMENT}). */
    QUOTA_ADJUSTMENT,
    /** Cases where a writer acknowledged a warning or a soft block. */
    ACKNOWLEDGED,
    /** Cases whose pre-appointment publicity was skipped. */
    PUBLICITY_SKIPPED,
    /** Cases whose applied appointment left the unit holding more posts than approved. */
    OVER_QUOTA,
    /** Open cases longer at their step than the overdue setting ({@link SelectionService#overdueDays()}). */
    OVERDUE
}
