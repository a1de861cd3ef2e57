package cn.zugong.ui.cadre;

import cn.zugong.core.post.PositionService;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.unit.UnitService;
import cn.zugong.ui.Beans;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The units and positions the services give the user: those of the user's own county for a writer. */
public final class ServiceUnitChoices implements UnitChoices {

    @Override
    public List<Unit> find(String filter, int offset, int limit) {
        return Beans.get(UnitService.class).parentCandidates(filter, offset, limit).stream()
                .map(u -> new Unit(u.getId(), u.getName()))
                .toList();
    }

    @Override
    public Optional<Unit> byId(UUID id) {
        return Beans.get(UnitService.class).find(id).map(u -> new Unit(u.getId(), u.getName()));
    }

    @Override
    public List<UnitPosition> positions(UUID unitId) {
        return Beans.get(PositionService.class).positions(unitId);
    }

    @Override
    public Map<UUID, List<String>> holders(UUID unitId) {
        return Beans.get(PositionService.class).holders(unitId);
    }
}
