package cn.zugong.core.selection.domain;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import java.time.Instant;
import java.util.UUID;

/** A case as the case list shows it. */
public record CaseRow(
        UUID id,
        String tenantId,
        String caseNo,
        SelectionKind kind,
        String title,
        SelectionStep step,
        Instant stepSince,
        CaseStatus status,
        Instant openedAt) {}
