package cn.zugong.core.selection;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
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
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/**
 * A selection case (xuanba renyong): one vacancy or proposal to fill a post, or one removal or
 * retirement, from initiation to the applied decision. The case's step only moves forward through
 * {@code SelectionService}, which checks the step's rules and the gates; who did what and when goes
 * to the audit trail under the case's id (the whole-process record).
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

    @Column(name = "recommended_on")
    private LocalDate recommendedOn;

    @Column(name = "recommendation_expected")
    private Integer recommendationExpected;

    @Column(name = "recommendation_present")
    private Integer recommendationPresent;

    @Column(name = "recommendation_targeted")
    private boolean recommendationTargeted;

    @Column(name = "notice_on")
    private LocalDate noticeOn;

    @Column(name = "inspection_team")
    private String inspectionTeam;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "chosen_cadre_id")
    private UUID chosenCadreId;

    @Column(name = "publicity_from")
    private LocalDate publicityFrom;

    @Column(name = "publicity_to")
    private LocalDate publicityTo;

    @Column(name = "publicity_skipped")
    private String publicitySkipped;

    @Enumerated(EnumType.STRING)
    @Column(name = "publicity_skip_ground")
    private PublicitySkipGround publicitySkipGround;

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

    public LocalDate getRecommendedOn() {
        return recommendedOn;
    }

    public void setRecommendedOn(LocalDate recommendedOn) {
        this.recommendedOn = recommendedOn;
    }

    public Integer getRecommendationExpected() {
        return recommendationExpected;
    }

    public void setRecommendationExpected(Integer recommendationExpected) {
        this.recommendationExpected = recommendationExpected;
    }

    public Integer getRecommendationPresent() {
        return recommendationPresent;
    }

    public void setRecommendationPresent(Integer recommendationPresent) {
        this.recommendationPresent = recommendationPresent;
    }

    public boolean isRecommendationTargeted() {
        return recommendationTargeted;
    }

    public void setRecommendationTargeted(boolean recommendationTargeted) {
        this.recommendationTargeted = recommendationTargeted;
    }

    public LocalDate getNoticeOn() {
        return noticeOn;
    }

    public void setNoticeOn(LocalDate noticeOn) {
        this.noticeOn = noticeOn;
    }

    public String getInspectionTeam() {
        return inspectionTeam;
    }

    public void setInspectionTeam(String inspectionTeam) {
        this.inspectionTeam = inspectionTeam;
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

    public LocalDate getPublicityFrom() {
        return publicityFrom;
    }

    public void setPublicityFrom(LocalDate publicityFrom) {
        this.publicityFrom = publicityFrom;
    }

    public LocalDate getPublicityTo() {
        return publicityTo;
    }

    public void setPublicityTo(LocalDate publicityTo) {
        this.publicityTo = publicityTo;
    }

    public String getPublicitySkipped() {
        return publicitySkipped;
    }

    public void setPublicitySkipped(String publicitySkipped) {
        this.publicitySkipped = publicitySkipped;
    }

    /** The ground the publicity was skipped on; null when not skipped, or skipped before grounds were recorded. */
    public PublicitySkipGround getPublicitySkipGround() {
        return publicitySkipGround;
    }

    public void setPublicitySkipGround(PublicitySkipGround publicitySkipGround) {
        this.publicitySkipGround = publicitySkipGround;
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
    public CaseProcedure procedure() {
        if (procedure == null) {
            procedure = new CaseProcedure();
        }
        return procedure;
    }
}
