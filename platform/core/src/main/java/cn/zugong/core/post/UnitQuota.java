package cn.zugong.core.post;

import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import java.util.UUID;

/**
 * The post quota of one unit against its occupancy ({@link Occupancy}): principal posts at the
 * unit's rank, deputy posts one level below.
 *
 * @param rank the unit's rank (jigou guige), the usual one of its type when none is recorded
 */
public record UnitQuota(
        UUID unitId,
        String tenantId,
        String unitName,
        UnitType type,
        PostLevel rank,
        int principalApproved,
        int principalOccupied,
        int deputyApproved,
        int deputyOccupied) {

    public UnitQuota withPrincipalOccupied(int occupied) {
        return new UnitQuota(
                unitId, tenantId, unitName, type, rank, principalApproved, occupied, deputyApproved, deputyOccupied);
    }

    public UnitQuota withDeputyOccupied(int occupied) {
        return new UnitQuota(
                unitId, tenantId, unitName, type, rank, principalApproved, principalOccupied, deputyApproved, occupied);
    }

    /** The level of the unit's deputy posts. */
    public PostLevel deputyLevel() {
        return rank == null ? null : rank.deputy();
    }

    /** More principal posts held than approved. */
    public boolean principalOverStaffed() {
        return principalOccupied > principalApproved;
    }

    /** More deputy posts held than approved. */
    public boolean deputyOverStaffed() {
        return deputyOccupied > deputyApproved;
    }

    /** Over-staffed (chao zhishu peibei) at either level. */
    public boolean overStaffed() {
        return principalOverStaffed() || deputyOverStaffed();
    }

    /** Approved posts nobody holds; a level held beyond its quota has none, and never offsets the other. */
    public int vacancies() {
        return Math.max(0, principalApproved - principalOccupied) + Math.max(0, deputyApproved - deputyOccupied);
    }

    /** Posts held beyond the quota, summed over both levels. */
    public int excess() {
        return Math.max(0, principalOccupied - principalApproved) + Math.max(0, deputyOccupied - deputyApproved);
    }
}
