package cn.zugong.core.cadre.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A reward or a punishment; punishments are sensitive. */
@Entity
@Table(name = "reward_punishment")
public class RewardPunishment extends CadrePart {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    private RewardKind kind;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "title")
    private String title;

    @Column(name = "issuer")
    private String issuer;

    @Column(name = "document_no")
    private String documentNo;

    public RewardKind getKind() {
        return kind;
    }

    public void setKind(RewardKind kind) {
        this.kind = kind;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public void setDocumentNo(String documentNo) {
        this.documentNo = documentNo;
    }
}
