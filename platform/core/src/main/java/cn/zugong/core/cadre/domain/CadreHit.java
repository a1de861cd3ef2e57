package cn.zugong.core.cadre.domain;

import cn.zugong.core.unit.PostLevel;
import java.util.UUID;

/**
 * One hit of the supervisors' search across counties: only what any list may show (no id number,
 * no birth date, no family), with the county it belongs to.
 */
public record CadreHit(
        UUID id,
        String tenantId,
        String name,
        Gender gender,
        String unitName,
        String currentPost,
        PostLevel postLevel) {}
