package cn.zugong.api.career;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One unit of the county.
 *
 * @param id the unit
 * @param name its name
 * @param type its kind as the platform codes it: {@code PARTY_COMMITTEE}, {@code GOVERNMENT},
 *     {@code PEOPLES_CONGRESS}, {@code CPPCC}, {@code DISCIPLINE_SUPERVISION}, {@code COURT},
 *     {@code PROCURATORATE}, {@code WORKING_DEPARTMENT}, {@code INTERNAL_ORGAN} or {@code TOWNSHIP}
 * @param parentId the unit it belongs to (an internal organ's organ), when any
 * @since 1.3.0
 */
public record UnitRef(UUID id, String name, String type, Optional<UUID> parentId) {

    public UnitRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(parentId, "parentId");
    }
}
