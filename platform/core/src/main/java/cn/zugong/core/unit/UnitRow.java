package cn.zugong.core.unit;

import java.util.UUID;

/** One line of the unit list. */
public record UnitRow(
        UUID id, String tenantId, String name, UnitType type, String parentName, int principalPosts, int deputyPosts) {}
