package cn.zugong.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of one tenant's chain: the last sequence number and hash written. Appending locks this
 * row ({@code select ... for update}), so concurrent writers of one tenant take turns and never
 * fork the chain, while tenants do not wait for each other. The verifier compares the chain's
 * last link with it, which reveals deleted newest rows.
 */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead extends ChainEnd {

    @Id
    @Column(name = "tenant_id", length = 6)
    private String tenantId;

    protected AuditChainHead() {}
}
