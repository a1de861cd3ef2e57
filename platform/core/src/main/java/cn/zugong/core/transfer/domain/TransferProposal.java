package cn.zugong.core.transfer.domain;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransfer;
import cn.zugong.api.transfer.TransferProblem;
import cn.zugong.api.transfer.TransferRefusedException;
import cn.zugong.api.transfer.TransferStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * A proposal to move a cadre's file from one county ({@code fromTenant}) to another ({@code
 * toTenant}), made by a department above both ({@code tenantId}). The tenant is set explicitly,
 * not by Hibernate's {@code @TenantId}: the row belongs to three tenants, and the queries name the
 * one they read by (on PostgreSQL the policies of V28_1 check it again).
 *
 * <p>Life cycle: proposed; each county answers once, in either order; the second acceptance moves
 * the file ({@link #moved}); a refusal or the proposer's withdrawal closes it. Closed is final.
 */
@Entity
@Table(name = "cadre_transfer")
public class TransferProposal {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false, updatable = false)
    private String tenantId;

    @Column(name = "from_tenant", nullable = false, updatable = false)
    private String fromTenant;

    @Column(name = "to_tenant", nullable = false, updatable = false)
    private String toTenant;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(name = "cadre_name", nullable = false, updatable = false)
    private String cadreName;

    @Column(name = "current_post", updatable = false)
    private String currentPost;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private TransferStatus status;

    @Column(name = "proposed_at", nullable = false, updatable = false)
    private Instant proposedAt;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    private String proposedBy;

    @Column(name = "from_answer_by")
    private String fromAnswerBy;

    @Column(name = "from_answer_at")
    private Instant fromAnswerAt;

    @Column(name = "to_answer_by")
    private String toAnswerBy;

    @Column(name = "to_answer_at")
    private Instant toAnswerAt;

    @Column(name = "refusal")
    private String refusal;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "effective")
    private LocalDate effective;

    @Column(name = "new_cadre_id")
    private UUID newCadreId;

    @Version
    @Column(name = "version")
    private long version;

    protected TransferProposal() {}

    public TransferProposal(
            TenantId proposer,
            TenantId from,
            TenantId to,
            UUID cadreId,
            String cadreName,
            String currentPost,
            String reason,
            String by,
            Instant at) {
        this.id = UUID.randomUUID();
        this.tenantId = proposer.code();
        this.fromTenant = from.code();
        this.toTenant = to.code();
        this.cadreId = cadreId;
        this.cadreName = cadreName;
        this.currentPost = currentPost;
        this.reason = reason;
        this.status = TransferStatus.PROPOSED;
        this.proposedBy = by;
        this.proposedAt = at;
    }

    /**
     * Records the county's acceptance.
     *
     * @return whether both counties have now accepted (the file is to move)
     * @throws TransferRefusedException when it is not open or the county has answered
     */
    public boolean accept(TenantId county, String by, Instant at) {
        TransferStatus next = TransferRules.afterAcceptance(status, side(county));
        if (side(county) == Side.FROM) {
            fromAnswerBy = by;
            fromAnswerAt = at;
        } else {
            toAnswerBy = by;
            toAnswerAt = at;
        }
        status = next;
        return next == TransferStatus.MOVED;
    }

    /** Records the county's refusal; the proposal is closed. */
    public void refuse(TenantId county, String reasonGiven, String by, Instant at) {
        if (!status.open()) {
            throw new TransferRefusedException(TransferProblem.NOT_OPEN);
        }
        if (side(county) == Side.FROM) {
            fromAnswerBy = by;
            fromAnswerAt = at;
        } else {
            toAnswerBy = by;
            toAnswerAt = at;
        }
        refusal = reasonGiven;
        status = TransferStatus.REFUSED;
        closedAt = at;
    }

    /** The proposer takes it back while open. */
    public void withdraw(Instant at) {
        if (!status.open()) {
            throw new TransferRefusedException(TransferProblem.NOT_OPEN);
        }
        status = TransferStatus.WITHDRAWN;
        closedAt = at;
    }

    /** The file moved: the receiving county's id of the cadre and the day. */
    public void moved(UUID newId, LocalDate on, Instant at) {
        this.newCadreId = newId;
        this.effective = on;
        this.closedAt = at;
    }

    /** Which county of the proposal this is; refused when neither. */
    public Side side(TenantId county) {
        if (county.code().equals(fromTenant)) {
            return Side.FROM;
        }
        if (county.code().equals(toTenant)) {
            return Side.TO;
        }
        throw new TransferRefusedException(TransferProblem.NOT_A_PARTY);
    }

    /** Whether the county is one of the two and has not answered yet. */
    public boolean awaits(TenantId county) {
        return status.open()
                && ((county.code().equals(fromTenant) && fromAnswerAt == null)
                        || (county.code().equals(toTenant) && toAnswerAt == null));
    }

    /** The two counties of a proposal. */
    public enum Side {
        FROM,
        TO
    }

    public CadreTransfer view() {
        return new CadreTransfer(
                id,
                new TenantId(tenantId),
                new TenantId(fromTenant),
                new TenantId(toTenant),
                cadreId,
                cadreName,
                Optional.ofNullable(currentPost),
                reason,
                status,
                proposedAt,
                Optional.ofNullable(effective),
                Optional.ofNullable(newCadreId));
    }

    public UUID getId() {
        return id;
    }

    public TenantId proposer() {
        return new TenantId(tenantId);
    }

    public TenantId from() {
        return new TenantId(fromTenant);
    }

    public TenantId to() {
        return new TenantId(toTenant);
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public String getCadreName() {
        return cadreName;
    }

    public TransferStatus getStatus() {
        return status;
    }

    public String getRefusal() {
        return refusal;
    }
}
