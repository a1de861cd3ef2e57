package cn.zugong.ui.unit;

import cn.zugong.core.unit.OrgUnit;
import cn.zugong.core.unit.UnitService;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Parent units from the unit service: only units the user may read. */
record ServiceParentLookup(UnitService units) implements ParentLookup {

    @Override
    public List<ParentOption> find(String filter, int offset, int limit) {
        return units.parentCandidates(filter, offset, limit).stream()
                .map(ServiceParentLookup::option)
                .toList();
    }

    @Override
    public Optional<ParentOption> byId(UUID id) {
        return units.find(id).map(ServiceParentLookup::option);
    }

    private static ParentOption option(OrgUnit unit) {
        return new ParentOption(unit.getId(), unit.getName());
    }
}
