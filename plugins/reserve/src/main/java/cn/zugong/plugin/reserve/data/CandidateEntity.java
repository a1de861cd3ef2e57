package cn.zugong.plugin.reserve.data;

import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.candidate.Tally;
import cn.zugong.plugin.reserve.rules.ExitReason;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code reserve_candidate}. */
@Entity
@Table(name = "reserve_candidate")
public class CandidateEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "batch_id", nullable = false, updatable = false)
    private UUID batchId;

    @Column(name = "cadre_id", nullable = false, updatable = false)
    private UUID cadreId;

    @Column(name = "cadre_name", nullable = false, updatable = false)
    private String cadreName;

    @Column(name = "birth_date", nullable = false, updatable = false)
    private LocalDate birthDate;

    @Column(nullable = false, updatable = false)
    private String source;

    @Column
    private Integer votes;

    @Column
    private Integer ballots;

    @Column(name = "exam_score", precision = 6, scale = 2)
    private BigDecimal examScore;

    @Column(nullable = false)
    private String horizon;

    @Column(nullable = false)
    private String state;

    @Column(name = "state_since", nullable = false)
    private LocalDate stateSince;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "exit_reason")
    private String exitReason;

    @Column(name = "case_id")
    private UUID caseId;

    protected CandidateEntity() {}

    CandidateEntity(Candidate c, Instant now) {
        this.id = c.id();
        this.batchId = c.batchId();
        this.cadreId = c.cadreId();
        this.cadreName = c.name();
        this.birthDate = c.birthDate();
        this.source = c.source().name();
        this.votes = c.tally().map(Tally::votes).orElse(null);
        this.ballots = c.tally().map(Tally::ballots).orElse(null);
        this.horizon = c.horizon().name();
        this.state = c.state().name();
        this.stateSince = c.stateSince();
        this.changedAt = now;
    }

    void move(CandidateState to, Optional<Double> score, LocalDate on, Instant now) {
        score.ifPresent(s -> this.examScore = BigDecimal.valueOf(s));
        this.state = to.name();
        this.stateSince = on;
        this.changedAt = now;
    }

    /** The member leaves the pool: 使用 with the appointing case, or an exit with its reason. */
    void leave(
            CandidateState to, Optional<ExitReason> reason, Optional<UUID> appointingCase, LocalDate on, Instant now) {
        this.state = to.name();
        this.exitReason = reason.map(Enum::name).orElse(null);
        this.caseId = appointingCase.orElse(null);
        this.stateSince = on;
        this.changedAt = now;
    }

    Candidate toCandidate() {
        return new Candidate(
                id,
                batchId,
                cadreId,
                cadreName,
                birthDate,
                NominationSource.valueOf(source),
                votes == null ? Optional.empty() : Optional.of(new Tally(votes, ballots)),
                Optional.ofNullable(examScore).map(BigDecimal::doubleValue),
                Horizon.valueOf(horizon),
                CandidateState.valueOf(state),
                stateSince,
                Optional.ofNullable(exitReason).map(ExitReason::valueOf),
                Optional.ofNullable(caseId));
    }
}
