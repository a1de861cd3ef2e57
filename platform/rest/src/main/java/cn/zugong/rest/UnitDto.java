package cn.zugong.rest;

import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import java.util.UUID;

/** A unit as the API shows it; {@code version} is what an update must name. */
public record UnitDto(
        UUID id,
        String tenantId,
        String name,
        UnitType type,
        UUID parentId,
        PostLevel rank,
        int principalPosts,
        int deputyPosts,
        long version) {

    public static UnitDto of(OrgUnit unit) {
        return new UnitDto(
                unit.getId(),
                unit.getTenantId(),
                unit.getName(),
                unit.getType(),
                unit.getParentId(),
                unit.getRank(),
                unit.getPrincipalPosts(),
                unit.getDeputyPosts(),
                unit.getVersion());
    }
}
