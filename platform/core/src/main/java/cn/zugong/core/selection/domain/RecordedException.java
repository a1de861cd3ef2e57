package cn.zugong.core.selection.domain;

import cn.zugong.core.selection.application.ExceptionService;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An exception the regulation allows, recorded for one candidate of one case: its kind, the
 * document that grants it (wenhao), who approved it and when, entered by the county's tenant-admin
 * ({@link ExceptionService}) and journaled. It satisfies exactly the hard gate finding of its kind
 * ({@link ExceptionKind#gateId()}) for that case and candidate, at every step; nothing else. At most
 * one per case, candidate and kind; never changed once recorded.
 */
@Entity
@Table(name = "selection_exception")
public class RecordedException extends SelectionRow {

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private ExceptionKind kind;

    @Column(name = "document_no", nullable = false, updatable = false)
    private String documentNo;

    @Column(name = "approver", nullable = false, updatable = false)
    private String approver;

    @Column(name = "approved_on", nullable = false, updatable = false)
    private LocalDate approvedOn;

    @Column(name = "note", updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    protected RecordedException() {}

    public RecordedException(
            UUID caseId,
            UUID cadreId,
            ExceptionKind kind,
            String documentNo,
            String approver,
            LocalDate approvedOn,
            String note,
            String recordedBy,
            Instant recordedAt) {
        super(caseId);
        this.cadreId = cadreId;
        this.kind = kind;
        this.documentNo = documentNo;
        this.approver = approver;
        this.approvedOn = approvedOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /**
     * Whether this exception satisfies a gate's finding: a hard one of the same case and candidate
     * whose gate allows exactly this kind of exception.
     */
    public boolean satisfies(GateRecord finding) {
        return finding.isHard()
                && finding.getExceptionKind() == kind
                && finding.getCaseId().equals(getCaseId())
                && finding.getCadreId().equals(cadreId);
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public ExceptionKind getKind() {
        return kind;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public String getApprover() {
        return approver;
    }

    public LocalDate getApprovedOn() {
        return approvedOn;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
