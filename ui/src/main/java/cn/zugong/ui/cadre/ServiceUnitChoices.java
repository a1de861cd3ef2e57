package cn.zugong.ui.cadre;

import cn.zugong.core.post.PositionService;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.unit.UnitService;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The units and positions the services give the user: those of the user's own county for a writer. */
@Dependent
public final class ServiceUnitChoices implements UnitChoices {

    private final UnitService units;
    private final PositionService positions;

    @Inject
    public ServiceUnitChoices(UnitService units, PositionService positions) {
        this.units = units;
        this.positions = positions;
    }

    @Override
    public List<Unit> find(String filter, int offset, int limit) {
        return units.parentCandidates(filter, offset, limit).stream()
                .map(u -> new Unit(u.getId(), u.getName()))
                .toList();
    }

    @Override
    public Optional<Unit> byId(UUID id) {
        return units.find(id).map(u -> new Unit(u.getId(), u.getName()));
    }

    @Override
    public List<UnitPosition> positions(UUID unitId) {
        return positions.positions(unitId);
    }

    @Override
    public Map<UUID, List<String>> holders(UUID unitId) {
        return positions.holders(unitId);
    }
}
