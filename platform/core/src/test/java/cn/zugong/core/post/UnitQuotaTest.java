package cn.zugong.core.post;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The arithmetic of one unit's quota. */
class UnitQuotaTest {

    private static UnitQuota quota(int principalApproved, int principalHeld, int deputyApproved, int deputyHeld) {
        return new UnitQuota(
                UUID.randomUUID(),
                "510115",
                "unit",
                UnitType.WORKING_DEPARTMENT,
                PostLevel.TOWNSHIP_PRINCIPAL,
                principalApproved,
                principalHeld,
                deputyApproved,
                deputyHeld);
    }

    @Test
    void aUnitHoldingExactlyItsQuotaIsNeitherOverStaffedNorVacant() {
        UnitQuota quota = quota(1, 1, 3, 3);

        assertThat(quota.overStaffed()).isFalse();
        assertThat(quota.vacancies()).isZero();
        assertThat(quota.excess()).isZero();
    }

    @Test
    void oneDeputyTooManyIsOverStaffedAtTheDeputyLevelOnly() {
        UnitQuota quota = quota(1, 1, 3, 4);

        assertThat(quota.overStaffed()).isTrue();
        assertThat(quota.deputyOverStaffed()).isTrue();
        assertThat(quota.principalOverStaffed()).isFalse();
        assertThat(quota.excess()).isEqualTo(1);
    }

    @Test
    void aVacantPrincipalPostDoesNotOffsetAnExtraDeputy() {
        UnitQuota quota = quota(1, 0, 2, 3);

        assertThat(quota.overStaffed()).isTrue();
        assertThat(quota.vacancies()).isEqualTo(1);
        assertThat(quota.excess()).isEqualTo(1);
    }

    @Test
    void vacanciesCountEveryUnheldApprovedPost() {
        assertThat(quota(2, 1, 5, 2).vacancies()).isEqualTo(4);
    }

    @Test
    void aUnitWithoutQuotaHoldingAPostIsOverStaffed() {
        assertThat(quota(0, 1, 0, 0).overStaffed()).isTrue();
    }

    @Test
    void deputiesSitOneLevelBelowTheRank() {
        assertThat(quota(1, 1, 1, 1).deputyLevel()).isEqualTo(PostLevel.TOWNSHIP_DEPUTY);
    }
}
