package cn.zugong.rest;

import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.PostLevel;
import cn.zugong.core.unit.UnitType;
import java.util.UUID;

/**
 * The body of a unit create or update. An update replaces every field; {@code version} is the
 * version it was based on (or send {@code If-Match}). Missing post counts are 0.
 */
public record UnitInput(
        String name,
        UnitType type,
        UUID parentId,
        PostLevel rank,
        Integer principalPosts,
        Integer deputyPosts,
        Long version) {

    public OrgUnit applyTo(OrgUnit unit) {
        unit.setName(name);
        unit.setType(type);
        unit.setParentId(parentId);
        unit.setRank(rank);
        unit.setPrincipalPosts(principalPosts == null ? 0 : principalPosts);
        unit.setDeputyPosts(deputyPosts == null ? 0 : deputyPosts);
        return unit;
    }
}
