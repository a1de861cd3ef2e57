package cn.zugong.api.career;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A family member or important social relation on a cadre's file (sensitive).
 *
 * @param id the entry's id
 * @param relation the relation (chengwei) as recorded, such as 妻子 or 父亲
 * @param kinshipClass the class the avoidance rules use, as the platform codes it: {@code SPOUSE},
 *     {@code LINEAL}, {@code COLLATERAL} (within three generations), {@code IN_LAW} (close
 *     in-laws) or {@code SOCIAL} (outside the avoidance classes)
 * @param name the full name
 * @param workUnitPost the work unit and post as recorded, when recorded
 * @since 1.3.0
 */
public record Relative(UUID id, String relation, String kinshipClass, String name, Optional<String> workUnitPost) {

    public Relative {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(kinshipClass, "kinshipClass");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(workUnitPost, "workUnitPost");
    }
}
