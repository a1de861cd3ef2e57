package cn.zugong.plugin.rotation.plan;

import java.util.Objects;
import java.util.UUID;

/**
 * An open post a cadre may be moved to: its unit, level and kind, the seats (职数) still free, and
 * the receiving team as it is today (women and members under 45) for the team-mix preference.
 *
 * @param id the post
 * @param unitId the receiving unit
 * @param unitName the receiving unit's name
 * @param title the post's title
 * @param level the post's level (the registry's 职务层次)
 * @param kind the post's kind, such as party, government or a department's leadership
 * @param principal whether the post is the unit's 正职 (the avoidance rules read reporting lines from it)
 * @param seats the seats still free in the unit's 职数 for this post
 * @param field the professional field the post needs (熟悉专业); empty when none is set
 * @param teamWomen women in the receiving team today
 * @param teamUnder45 members under 45 in the receiving team today
 */
public record OpenPost(
        UUID id,
        UUID unitId,
        String unitName,
        String title,
        String level,
        String kind,
        boolean principal,
        int seats,
        String field,
        int teamWomen,
        int teamUnder45) {

    public OpenPost {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(unitName, "unitName");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(field, "field");
        if (seats < 0) {
            throw new IllegalArgumentException("seats < 0");
        }
    }
}
