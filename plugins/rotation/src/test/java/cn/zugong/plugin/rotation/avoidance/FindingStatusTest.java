package cn.zugong.plugin.rotation.avoidance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingStatusTest {

    @Test
    void aFindingIsReviewedBeforeItIsResolvedRejectedOrExempted_DOMAIN_2_5() {
        assertThat(FindingStatus.DETECTED.next())
                .containsExactlyInAnyOrder(FindingStatus.UNDER_REVIEW, FindingStatus.ESCALATED);
        assertThat(FindingStatus.UNDER_REVIEW.next())
                .contains(
                        FindingStatus.RESOLVED_BY_TRANSFER,
                        FindingStatus.RESOLVED_BY_EXEMPTION,
                        FindingStatus.REJECTED);
    }

    @Test
    void aRefusedAvoidanceEndsInRemovalOrTransfer_回避规定第十四条() {
        assertThat(FindingStatus.ESCALATED.next())
                .containsExactlyInAnyOrder(FindingStatus.RESOLVED_BY_REMOVAL, FindingStatus.RESOLVED_BY_TRANSFER);
    }

    @Test
    void closedFindingsMoveNoFurther() {
        for (FindingStatus status : FindingStatus.values()) {
            assertThat(status.open() || status.next().isEmpty())
                    .as(status.name())
                    .isTrue();
        }
        assertThat(FindingStatus.REJECTED.settles()).isTrue();
        assertThat(FindingStatus.RESOLVED_BY_TRANSFER.settles()).isFalse();
    }
}
