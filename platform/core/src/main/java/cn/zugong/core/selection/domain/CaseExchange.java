package cn.zugong.core.selection.domain;

import cn.zugong.api.selection.ExchangeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * What marks an appointment case as an exchange (交流, DOMAIN.md 2.1): 调任 or 转任, the reason code of
 * 交流规定 第四条 (1 to 5) and where it comes from (an exchange plan). One per case; the case itself
 * stays an appointment, so every step and gate applies.
 */
@Entity
@Table(name = "selection_exchange")
public class CaseExchange extends SelectionRow {

    @Enumerated(EnumType.STRING)
    @Column(name = "exchange_type", nullable = false)
    private ExchangeType type;

    @Column(name = "reason", nullable = false)
    private int reason;

    @Column(name = "reference", nullable = false)
    private String reference;

    protected CaseExchange() {}

    public CaseExchange(UUID caseId, ExchangeType type, int reason, String reference) {
        super(caseId);
        this.type = type;
        this.reason = reason;
        this.reference = reference;
    }

    public ExchangeType getType() {
        return type;
    }

    public int getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }
}
