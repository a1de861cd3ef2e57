package cn.zugong.api.selection;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A selection case as a plugin may read it.
 *
 * @param id the case
 * @param kind what it decides
 * @param step the step it stands at
 * @param unitId the unit of the post it fills, when it names one
 * @param positionId the position it fills, when it names one
 * @param postLevel the level of that position as the platform codes it, when known
 * @param principal whether that position is the unit's principal (zhengzhi)
 * @param cadres the cadres it concerns: the candidates of an appointment, the subject of a removal
 *     or retirement
 * @since 1.3.0
 */
public record CaseRef(
        UUID id,
        SelectionKind kind,
        SelectionStep step,
        Optional<UUID> unitId,
        Optional<UUID> positionId,
        Optional<String> postLevel,
        boolean principal,
        List<UUID> cadres) {

    public CaseRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(positionId, "positionId");
        Objects.requireNonNull(postLevel, "postLevel");
        cadres = List.copyOf(cadres);
    }
}
