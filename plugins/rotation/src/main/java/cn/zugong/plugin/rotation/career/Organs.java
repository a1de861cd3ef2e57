package cn.zugong.plugin.rotation.career;

import cn.zugong.api.career.UnitRef;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The county's units as organs (机关): an internal organ (内设机构) belongs to the organ above it, so
 * that two posts in one organ are found even when one of them is in its personnel office.
 */
public final class Organs {

    private static final String INTERNAL = "INTERNAL_ORGAN";

    private final Map<UUID, UnitRef> units;

    public Organs(Collection<UnitRef> units) {
        this.units =
                units.stream().collect(Collectors.toUnmodifiableMap(UnitRef::id, Function.identity(), (a, b) -> a));
    }

    public Optional<UnitRef> unit(UUID id) {
        return Optional.ofNullable(units.get(id));
    }

    /** The organ a unit belongs to: itself, or the first unit above it that is not an internal organ. */
    public Optional<UnitRef> organOf(UUID unitId) {
        UnitRef unit = units.get(unitId);
        int depth = 0;
        while (unit != null && INTERNAL.equals(unit.type()) && unit.parentId().isPresent() && depth++ < 10) {
            UnitRef parent = units.get(unit.parentId().get());
            if (parent == null) {
                break;
            }
            unit = parent;
        }
        return Optional.ofNullable(unit);
    }

    /** Every unit of the county. */
    public Collection<UnitRef> all() {
        return units.values();
    }

    /** The kind of a unit as the registry codes it; empty for a unit not of this county. */
    public Optional<String> typeOf(Optional<UUID> unitId) {
        return unitId.map(units::get).map(UnitRef::type);
    }
}
