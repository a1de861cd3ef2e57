package cn.zugong.api.selection;

import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The candidate a gate checks: who, in which case, at which step. Core records are referred to by
 * id only; a gate that needs more reads it through the platform's services.
 *
 * @param tenant the county whose case it is
 * @param caseId the selection case
 * @param cadreId the candidate cadre
 * @param kind what the case decides
 * @param step the step being checked
 * @param promotion whether the case moves the cadre to a higher post level (tiba)
 * @param targetLevel the post level aimed at, as the platform names it (for example
 *     {@code COUNTY_DEPUTY}); empty for removals and retirements
 * @param at the reference date of the check
 */
public record GateCandidate(
        TenantId tenant,
        UUID caseId,
        UUID cadreId,
        SelectionKind kind,
        SelectionStep step,
        boolean promotion,
        Optional<String> targetLevel,
        LocalDate at) {

    public GateCandidate {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(targetLevel, "targetLevel");
        Objects.requireNonNull(at, "at");
    }
}
