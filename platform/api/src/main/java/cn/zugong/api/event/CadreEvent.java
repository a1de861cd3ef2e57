package cn.zugong.api.event;

import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Something that happened to a cadre as a selection decision was applied. Delivered to {@link
 * CadreEventListener}s after the platform's transaction has committed, so a listener never sees a
 * change that was rolled back.
 */
public sealed interface CadreEvent
        permits CadreEvent.Appointed, CadreEvent.Removed, CadreEvent.Retired, CadreEvent.ProbationEnded {

    /** The county of the cadre. */
    TenantId tenant();

    UUID cadreId();

    /** The selection case that decided it. */
    UUID caseId();

    /** The day it takes effect. */
    LocalDate effective();

    /**
     * A cadre took up a post.
     *
     * @param positionId the post
     * @param promotion whether the post is at a higher level than the cadre's previous main post
     * @param probation whether a trial year runs
     * @param documentNo the appointment document (renmian wenhao)
     */
    record Appointed(
            TenantId tenant,
            UUID cadreId,
            UUID caseId,
            LocalDate effective,
            UUID positionId,
            boolean promotion,
            boolean probation,
            String documentNo)
            implements CadreEvent {}

    /** A cadre left a post. */
    record Removed(TenantId tenant, UUID cadreId, UUID caseId, LocalDate effective, UUID positionId, String documentNo)
            implements CadreEvent {}

    /** A cadre retired. */
    record Retired(TenantId tenant, UUID cadreId, UUID caseId, LocalDate effective, String documentNo)
            implements CadreEvent {}

    /**
     * A trial year ended.
     *
     * @param confirmed whether the cadre was confirmed in the post (shengren), or removed from it
     */
    record ProbationEnded(
            TenantId tenant, UUID cadreId, UUID caseId, LocalDate effective, UUID positionId, boolean confirmed)
            implements CadreEvent {}
}
