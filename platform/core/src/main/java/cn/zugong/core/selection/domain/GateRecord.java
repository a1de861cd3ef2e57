package cn.zugong.core.selection.domain;

import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One gate's result for one candidate at one step. A later check of the same step replaces the
 * current results (the old ones stay, marked not current).
 *
 * <p>A block is <b>hard</b> when it is a [V] rule of the platform (basic qualifications, the four
 * checks and the integrity conclusion, the post quota): no officer may set it aside; only a
 * {@link RecordedException} of {@link #getExceptionKind()} for the same case and candidate
 * satisfies it, where the regulation allows one. Any other block or warning (a plugin's, a [P]
 * rule's) may be <b>acknowledged</b> by a writer with a reason (the {@code override*} columns);
 * one acknowledgement covers the same finding at later steps ({@link Findings}).
 */
@Entity
@Table(name = "selection_gate_result")
public class GateRecord extends SelectionRow {

    @Column(name = "cadre_id", nullable = false)
    private UUID cadreId;

    @Enumerated(EnumType.STRING)
    @Column(name = "step", nullable = false)
    private SelectionStep step;

    @Column(name = "gate_id", nullable = false)
    private String gateId;

    @Column(name = "plugin_id")
    private String pluginId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private GateResult.Outcome outcome;

    @Column(name = "reason_key", nullable = false)
    private String reasonKey;

    @Column(name = "reason_args")
    private String reasonArgs;

    @Column(name = "evidence")
    private String evidence;

    @Column(name = "checked_at", nullable = false)
    private Instant checkedAt;

    @Column(name = "current_result")
    private boolean currentResult;

    @Column(name = "hard")
    private boolean hard;

    @Enumerated(EnumType.STRING)
    @Column(name = "exception_kind")
    private ExceptionKind exceptionKind;

    @Column(name = "override_by")
    private String overrideBy;

    @Column(name = "override_at")
    private Instant overrideAt;

    @Column(name = "override_reason")
    private String overrideReason;

    protected GateRecord() {}

    public GateRecord(UUID caseId) {
        super(caseId);
    }

    public UUID getCadreId() {
        return cadreId;
    }

    public void setCadreId(UUID cadreId) {
        this.cadreId = cadreId;
    }

    public SelectionStep getStep() {
        return step;
    }

    public void setStep(SelectionStep step) {
        this.step = step;
    }

    public String getGateId() {
        return gateId;
    }

    public void setGateId(String gateId) {
        this.gateId = gateId;
    }

    public String getPluginId() {
        return pluginId;
    }

    public void setPluginId(String pluginId) {
        this.pluginId = pluginId;
    }

    public GateResult.Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(GateResult.Outcome outcome) {
        this.outcome = outcome;
    }

    public String getReasonKey() {
        return reasonKey;
    }

    public void setReasonKey(String reasonKey) {
        this.reasonKey = reasonKey;
    }

    public String getReasonArgs() {
        return reasonArgs;
    }

    public void setReasonArgs(String reasonArgs) {
        this.reasonArgs = reasonArgs;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public Instant getCheckedAt() {
        return checkedAt;
    }

    public void setCheckedAt(Instant checkedAt) {
        this.checkedAt = checkedAt;
    }

    public boolean isCurrentResult() {
        return currentResult;
    }

    public void setCurrentResult(boolean currentResult) {
        this.currentResult = currentResult;
    }

    /** Whether this is a block of a [V] rule that no officer may set aside. */
    public boolean isHard() {
        return hard;
    }

    public void setHard(boolean hard) {
        this.hard = hard;
    }

    /** The kind of recorded exception that may satisfy this hard block; null where the regulation allows none. */
    public ExceptionKind getExceptionKind() {
        return exceptionKind;
    }

    public void setExceptionKind(ExceptionKind exceptionKind) {
        this.exceptionKind = exceptionKind;
    }

    /** Who acknowledged this finding (login id). */
    public String getOverrideBy() {
        return overrideBy;
    }

    public void setOverrideBy(String overrideBy) {
        this.overrideBy = overrideBy;
    }

    public Instant getOverrideAt() {
        return overrideAt;
    }

    public void setOverrideAt(Instant overrideAt) {
        this.overrideAt = overrideAt;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }
}
