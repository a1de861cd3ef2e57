package cn.zugong.core.selection.domain;

import cn.zugong.api.selection.ExchangeType;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import java.time.Instant;
import java.util.UUID;

/**
 * A case as the case list shows it; {@code exchange} is the 交流 type of an appointment opened as an
 * exchange ({@link cn.zugong.core.selection.domain.CaseExchange}), null for any other case.
 */
public record CaseRow(
        UUID id,
        String tenantId,
        String caseNo,
        SelectionKind kind,
        String title,
        SelectionStep step,
        Instant stepSince,
        CaseStatus status,
        Instant openedAt,
        ExchangeType exchange) {

    /** A case that is not an exchange. */
    public CaseRow(
            UUID id,
            String tenantId,
            String caseNo,
            SelectionKind kind,
            String title,
            SelectionStep step,
            Instant stepSince,
            CaseStatus status,
            Instant openedAt) {
        this(id, tenantId, caseNo, kind, title, step, stepSince, status, openedAt, null);
    }
}
