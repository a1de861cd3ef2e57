package cn.zugong.api.transfer;

import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * A cadre's file moved from one county to another: the sending county keeps a read-only record
 * under {@code oldCadreId}, the receiving county holds the file under {@code newCadreId}.
 *
 * @param from the sending county
 * @param to the receiving county
 * @param oldCadreId the cadre's id in the sending county
 * @param newCadreId the cadre's id in the receiving county
 * @param effective the day the file moved
 * @param proposalId the transfer proposal
 * @since 1.3.0
 */
public record CadreTransferred(
        TenantId from, TenantId to, UUID oldCadreId, UUID newCadreId, LocalDate effective, UUID proposalId) {

    public CadreTransferred {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(oldCadreId, "oldCadreId");
        Objects.requireNonNull(newCadreId, "newCadreId");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(proposalId, "proposalId");
    }
}
