package cn.zugong.plugin.reserve.data;

import cn.zugong.plugin.reserve.pool.Review;
import cn.zugong.plugin.reserve.pool.ReviewOutcome;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.TenantId;

/** A row of {@code reserve_review}. */
@Entity
@Table(name = "reserve_review")
public class ReviewEntity {

    @Id
    private UUID id;

    @TenantId
    @Column(name = "tenant_id", nullable = false, length = 6, updatable = false)
    private String tenantId;

    @Column(name = "candidate_id", nullable = false, updatable = false)
    private UUID candidateId;

    @Column(name = "review_year", nullable = false, updatable = false)
    private int year;

    @Column
    private String grade;

    @Column
    private String training;

    @Column
    private String measures;

    @Column(nullable = false)
    private String outcome;

    @Column
    private String note;

    @Column(name = "reviewed_on", nullable = false)
    private LocalDate reviewedOn;

    protected ReviewEntity() {}

    ReviewEntity(Review r) {
        this.id = r.id();
        this.candidateId = r.candidateId();
        this.year = r.year();
        this.grade = r.grade().orElse(null);
        this.training = r.training().orElse(null);
        this.measures = r.measures().orElse(null);
        this.outcome = r.outcome().name();
        this.note = r.note().orElse(null);
        this.reviewedOn = r.reviewedOn();
    }

    Review toReview() {
        return new Review(
                id,
                candidateId,
                year,
                Optional.ofNullable(grade),
                Optional.ofNullable(training),
                Optional.ofNullable(measures),
                ReviewOutcome.valueOf(outcome),
                Optional.ofNullable(note),
                reviewedOn);
    }
}
