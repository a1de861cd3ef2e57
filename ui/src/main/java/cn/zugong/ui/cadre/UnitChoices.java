package cn.zugong.ui.cadre;

import cn.zugong.core.unit.UnitPosition;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Where the holding form and a new selection case find the county's units and their positions (a fake one in tests). */
public interface UnitChoices extends Serializable {

    /** A unit of the county, as the form offers it. */
    record Unit(UUID id, String name) implements Serializable {}

    List<Unit> find(String filter, int offset, int limit);

    Optional<Unit> byId(UUID id);

    List<UnitPosition> positions(UUID unitId);

    /** Who holds each of the unit's positions today, by position id (none where not known). */
    default Map<UUID, List<String>> holders(UUID unitId) {
        return Map.of();
    }
}
