package cn.zugong.testkit.context;

import cn.zugong.api.cadre.CadreDirectory;
import cn.zugong.api.cadre.CadreFilter;
import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.cadre.CadreSort;
import cn.zugong.api.tenant.TenantContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The cadre registry on a list: a test adds cadres (see {@link CadreFixtures}), and the directory
 * answers with those of the tenants the current request may read, as the platform's does.
 */
public final class InMemoryCadreDirectory implements CadreDirectory {

    private final List<CadreRef> registry = new CopyOnWriteArrayList<>();
    private final Map<String, UUID> identities = new ConcurrentHashMap<>();
    private final Map<UUID, UUID> units = new ConcurrentHashMap<>();
    private final Supplier<TenantContext> tenancy;

    /** A directory that reads with the tenancy {@code tenancy} gives at each call. */
    public InMemoryCadreDirectory(Supplier<TenantContext> tenancy) {
        this.tenancy = tenancy;
    }

    /**
     * Adds a cadre to the registry.
     *
     * @param identityNumber the citizen identity number {@link #byIdentityNumber} finds it by, or
     *     {@code null}
     * @return {@code cadre}
     */
    public CadreRef add(CadreRef cadre, String identityNumber) {
        registry.add(cadre);
        if (identityNumber != null) {
            identities.put(identityNumber.toUpperCase(Locale.ROOT), cadre.id());
        }
        return cadre;
    }

    /** Places a cadre in a unit, for {@link CadreFilter#withUnit} (the reference carries only the unit's name). */
    public void placeIn(UUID cadreId, UUID unitId) {
        units.put(cadreId, unitId);
    }

    /** Replaces the cadre of the same id, as after an appointment or a retirement. */
    public void update(CadreRef cadre) {
        registry.replaceAll(c -> c.id().equals(cadre.id()) ? cadre : c);
    }

    @Override
    public Optional<CadreRef> find(UUID id) {
        return readable().filter(c -> c.id().equals(id)).findFirst();
    }

    @Override
    public Optional<CadreRef> byIdentityNumber(String identityNumber) {
        UUID id = identities.get(identityNumber.strip().toUpperCase(Locale.ROOT));
        return id == null ? Optional.empty() : find(id);
    }

    @Override
    public List<CadreRef> active() {
        return readable()
                .filter(CadreRef::active)
                .sorted(Comparator.comparing(CadreRef::name))
                .toList();
    }

    /**
     * The platform's page of the cadre list, on the fixtures: the search matches the name (the
     * platform also matches full pinyin and initials, which fixtures do not carry), a status other
     * than {@code ACTIVE} means the cadres no longer active.
     */
    @Override
    public List<CadreRef> page(CadreFilter filter, CadreSort sort, boolean ascending, int offset, int limit) {
        Comparator<CadreRef> order = Comparator.comparing(key(sort), Comparator.nullsLast(Comparator.naturalOrder()));
        return filtered(filter)
                .sorted((ascending ? order : order.reversed()).thenComparing(CadreRef::id))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public int count(CadreFilter filter) {
        return (int) filtered(filter).count();
    }

    private Stream<CadreRef> filtered(CadreFilter filter) {
        return readable()
                .filter(c -> filter.search() == null
                        || c.name().contains(filter.search().strip()))
                .filter(c -> filter.unitId() == null || filter.unitId().equals(units.get(c.id())))
                .filter(c -> filter.postLevel() == null
                        || c.postLevel().map(filter.postLevel()::equals).orElse(false))
                .filter(c -> filter.status() == null || c.active() == "ACTIVE".equals(filter.status()));
    }

    private static Function<CadreRef, String> key(CadreSort sort) {
        return switch (sort) {
            case NAME -> CadreRef::name;
            case BIRTH_DATE -> c -> c.birthDate().map(Object::toString).orElse(null);
            case UNIT -> c -> c.unitName().orElse(null);
            case POST_LEVEL -> c -> c.postLevel().orElse(null);
            case STATUS -> c -> c.active() ? "0" : "1";
        };
    }

    private Stream<CadreRef> readable() {
        TenantContext now = tenancy.get();
        return registry.stream().filter(c -> now.readableTenants().contains(c.tenant()));
    }
}
