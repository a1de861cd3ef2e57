package cn.zugong.core.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The end of the platform's chain, created by its migration: appending locks this one row, so
 * concurrent operators take turns and the chain never forks; the verifier compares the chain's
 * last link with it, which reveals deleted newest rows.
 */
@Entity
@Table(name = "platform_audit_head")
public class PlatformChainHead extends ChainEnd {

    @Id
    @Column(name = "chain_id", length = 16)
    private String chainId;

    protected PlatformChainHead() {}
}
