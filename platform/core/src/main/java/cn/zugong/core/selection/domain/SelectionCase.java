package cn.zugong.core.selection.domain;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A selection case (xuanba renyong): one vacancy or proposal to fill a post, or one removal or
 * retirement, from initiation to the applied decision. The case's step only moves forward through
 * {@code SelectionService}, which checks the step's rules and the gates; who did what and when goes
 * to the audit trail under the case's id (the whole-process record). The case guards its own steps:
 * an action is refused unless the case is open ({@link #requireOpen}) and at the action's step
 * ({@link #requireAt}).
 */
@Entity
@Table(name = "selection_case")
public class SelectionCase {

    @Id
    private UUID id = UUID.randomUUID();

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "case_no", nullable = false)
    private String caseNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private SelectionKind kind;

    @Column(name = "title", nullable = false)
    private String title;

    @Column(name = "unit_id")
    private UUID unitId;

    @Column(name = "position_id")
    private UUID positionId;

    @Column(name = "subject_cadre_id")
    private UUID subjectCadreId;

    @Column(name = "general_election")
    private boolean generalElection;

    @Column(name = "plan")
    private String plan;

    @Column(name = "initiator")
    private String initiator;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false)
    private SelectionStep step;

    @Column(name = "step_since", nullable = false)
    private Instant stepSince;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseStatus status;

    @Column(name = "status_reason")
    private String statusReason;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "chosen_cadre_id")
    private UUID chosenCadreId;

    @Column(name = "document_no")
    private String documentNo;

    @Column(name = "appointed_on")
    private LocalDate appointedOn;

    @Column(name = "talk_on")
    private LocalDate talkOn;

    @Column(name = "probation")
    private boolean probation;

    @Column(name = "probation_until")
    private LocalDate probationUntil;

    @Column(name = "probation_confirmed")
    private Boolean probationConfirmed;

    @Column(name = "left_over_quota")
    private boolean leftOverQuota;

    @Embedded
    private CaseRecommendation recommendation = new CaseRecommendation();

    @Embedded
    private CasePublicity publicity = new CasePublicity();

    @Embedded
    private CaseProcedure procedure;

    public UUID getId() {
        return id;
    }

    public String getTenantId() {
        return tenantId;
    }

    public int getVersion() {
        return version;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public void setCaseNo(String caseNo) {
        this.caseNo = caseNo;
    }

    public SelectionKind getKind() {
        return kind;
    }

    public void setKind(SelectionKind kind) {
        this.kind = kind;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public UUID getUnitId() {
        return unitId;
    }

    public void setUnitId(UUID unitId) {
        this.unitId = unitId;
    }

    public UUID getPositionId() {
        return positionId;
    }

    public void setPositionId(UUID positionId) {
        this.positionId = positionId;
    }

    public UUID getSubjectCadreId() {
        return subjectCadreId;
    }

    public void setSubjectCadreId(UUID subjectCadreId) {
        this.subjectCadreId = subjectCadreId;
    }

    public boolean isGeneralElection() {
        return generalElection;
    }

    public void setGeneralElection(boolean generalElection) {
        this.generalElection = generalElection;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getInitiator() {
        return initiator;
    }

    public void setInitiator(String initiator) {
        this.initiator = initiator;
    }

    public SelectionStep getStep() {
        return step;
    }

    public void setStep(SelectionStep step) {
        this.step = step;
    }

    public Instant getStepSince() {
        return stepSince;
    }

    public void setStepSince(Instant stepSince) {
        this.stepSince = stepSince;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public void setStatus(CaseStatus status) {
        this.status = status;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public void setOpenedAt(Instant openedAt) {
        this.openedAt = openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public void setOpenedBy(String openedBy) {
        this.openedBy = openedBy;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public UUID getChosenCadreId() {
        return chosenCadreId;
    }

    public void setChosenCadreId(UUID chosenCadreId) {
        this.chosenCadreId = chosenCadreId;
    }

    public String getDocumentNo() {
        return documentNo;
    }

    public void setDocumentNo(String documentNo) {
        this.documentNo = documentNo;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public void setAppointedOn(LocalDate appointedOn) {
        this.appointedOn = appointedOn;
    }

    public LocalDate getTalkOn() {
        return talkOn;
    }

    public void setTalkOn(LocalDate talkOn) {
        this.talkOn = talkOn;
    }

    public boolean isProbation() {
        return probation;
    }

    public void setProbation(boolean probation) {
        this.probation = probation;
    }

    public LocalDate getProbationUntil() {
        return probationUntil;
    }

    public void setProbationUntil(LocalDate probationUntil) {
        this.probationUntil = probationUntil;
    }

    public Boolean getProbationConfirmed() {
        return probationConfirmed;
    }

    public void setProbationConfirmed(Boolean probationConfirmed) {
        this.probationConfirmed = probationConfirmed;
    }

    /** Whether the applied appointment left its unit holding more posts of the kind than approved. */
    public boolean isLeftOverQuota() {
        return leftOverQuota;
    }

    public void setLeftOverQuota(boolean leftOverQuota) {
        this.leftOverQuota = leftOverQuota;
    }

    /** The facts the procedural rules read (inspection start, dual-management consultation). */
    /** The democratic recommendation of the case, empty until it is recorded. */
    public CaseRecommendation recommendation() {
        if (recommendation == null) {
            recommendation = new CaseRecommendation();
        }
        return recommendation;
    }

    /** The pre-appointment publicity of the case, or why it went without one. */
    public CasePublicity publicity() {
        if (publicity == null) {
            publicity = new CasePublicity();
        }
        return publicity;
    }

    /** Refuses any action on a case that is no longer open (decided, rejected, withdrawn). */
    public SelectionCase requireOpen() {
        if (status != CaseStatus.OPEN) {
            throw Steps.problem("status", "selection.notOpen");
        }
        return this;
    }

    /** Refuses an action of {@code expected} on a case that is not open at that step. */
    public SelectionCase requireAt(SelectionStep expected) {
        requireOpen();
        if (step != expected) {
            throw new ValidationException(
                    List.of(new Problem("step", "selection.step.wrong", List.of("@selection.step." + expected))));
        }
        return this;
    }

    /** Refuses an action meant for another kind of case. */
    public void requireKind(SelectionKind expected) {
        if (kind != expected) {
            throw Steps.problem("kind", "selection.kind.wrong");
        }
    }

    /** Puts the case at {@code to} from {@code since} on; the journal entry is the caller's. */
    public void moveTo(SelectionStep to, Instant since) {
        this.step = to;
        this.stepSince = since;
    }

    public CaseProcedure procedure() {
        if (procedure == null) {
            procedure = new CaseProcedure();
        }
        return procedure;
    }
}
