package cn.zugong.core.selection.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * The democratic recommendation (minzhu tuijian) of a case: when it was held, how many should and
 * did take part, and whether it was targeted at the case's post. A later step may choose whom to
 * inspect only within a year of it (V-S3).
 */
@Embeddable
public class CaseRecommendation {

    @Column(name = "recommended_on")
    private LocalDate recommendedOn;

    @Column(name = "recommendation_expected")
    private Integer recommendationExpected;

    @Column(name = "recommendation_present")
    private Integer recommendationPresent;

    @Column(name = "recommendation_targeted")
    private boolean recommendationTargeted;

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
}
