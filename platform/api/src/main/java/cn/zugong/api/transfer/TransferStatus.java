package cn.zugong.api.transfer;

/**
 * Where a cross-county transfer stands. {@code PROPOSED} waits for both counties; after the first
 * acceptance it is {@code ACCEPTED_BY_FROM} or {@code ACCEPTED_BY_TO}; the second acceptance moves
 * the file ({@code MOVED}). Either county may refuse ({@code REFUSED}) and the proposer may withdraw
 * ({@code WITHDRAWN}) while it is not moved. {@code MOVED}, {@code REFUSED} and {@code WITHDRAWN}
 * are final.
 *
 * @since 1.3.0
 */
public enum TransferStatus {
    PROPOSED,
    ACCEPTED_BY_FROM,
    ACCEPTED_BY_TO,
    MOVED,
    REFUSED,
    WITHDRAWN;

    /** Whether the transfer still waits for an answer (and may be withdrawn). */
    public boolean open() {
        return this == PROPOSED || this == ACCEPTED_BY_FROM || this == ACCEPTED_BY_TO;
    }
}
