package cn.zugong.rest;

import cn.zugong.core.unit.UnitRow;
import cn.zugong.core.unit.UnitType;
import java.util.UUID;

/** One line of the unit list. */
public record UnitSummary(
        UUID id, String tenantId, String name, UnitType type, String parentName, int principalPosts, int deputyPosts) {

    public static UnitSummary of(UnitRow row) {
        return new UnitSummary(
                row.id(),
                row.tenantId(),
                row.name(),
                row.type(),
                row.parentName(),
                row.principalPosts(),
                row.deputyPosts());
    }
}
