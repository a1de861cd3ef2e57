package cn.zugong.api.transfer;

import cn.zugong.api.tenant.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A cross-county transfer as the proposing department and both counties see it: the proposal
 * itself (who, from where, to where) and nothing else of either county's data.
 *
 * @param id the proposal
 * @param proposer the department above both counties that proposed it
 * @param from the sending county
 * @param to the receiving county
 * @param cadreId the cadre's id in the sending county
 * @param cadreName the cadre's name
 * @param currentPost the cadre's post in the sending county when proposed, empty when none
 * @param reason the proposer's reason, as typed
 * @param status where it stands
 * @param proposedAt when it was proposed
 * @param effective the day the file moved, once moved
 * @param newCadreId the cadre's id in the receiving county, once moved
 * @since 1.3.0
 */
public record CadreTransfer(
        UUID id,
        TenantId proposer,
        TenantId from,
        TenantId to,
        UUID cadreId,
        String cadreName,
        Optional<String> currentPost,
        String reason,
        TransferStatus status,
        Instant proposedAt,
        Optional<LocalDate> effective,
        Optional<UUID> newCadreId) {

    public CadreTransfer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(proposer, "proposer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(cadreId, "cadreId");
        Objects.requireNonNull(cadreName, "cadreName");
        Objects.requireNonNull(currentPost, "currentPost");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(proposedAt, "proposedAt");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(newCadreId, "newCadreId");
    }

    /** Whether the county has accepted: the sending county once past {@code PROPOSED} on its side. */
    public boolean acceptedBy(TenantId county) {
        return status == TransferStatus.MOVED
                || (county.equals(from) && status == TransferStatus.ACCEPTED_BY_FROM)
                || (county.equals(to) && status == TransferStatus.ACCEPTED_BY_TO);
    }
}
