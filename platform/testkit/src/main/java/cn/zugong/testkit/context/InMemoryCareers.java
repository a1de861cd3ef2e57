package cn.zugong.testkit.context;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.api.career.CadreCareers;
import cn.zugong.api.career.CadreProfile;
import cn.zugong.api.career.PositionRef;
import cn.zugong.api.career.PostQuota;
import cn.zugong.api.career.Relative;
import cn.zugong.api.career.UnitRef;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The careers a test sets, read as the platform reads them: only the readable counties' cadres, and
 * every family read recorded ({@link #familyReads()}), as the platform audits it.
 */
public final class InMemoryCareers implements CadreCareers {

    private final Supplier<TenantContext> tenancy;
    private final Map<UUID, CadreCareer> careers = new ConcurrentHashMap<>();
    private final Map<UUID, Boolean> inOffice = new ConcurrentHashMap<>();
    private final Map<UUID, List<Relative>> families = new ConcurrentHashMap<>();
    private final Map<UUID, TenantUnit> units = new ConcurrentHashMap<>();
    private final List<UUID> familyReads = new ArrayList<>();
    private final Map<UUID, CadreProfile> profiles = new ConcurrentHashMap<>();
    private final List<PostQuota> quotas = new java.util.concurrent.CopyOnWriteArrayList<>();

    private final Map<UUID, TenantPosition> vacancies = new ConcurrentHashMap<>();

    private record TenantUnit(TenantId tenant, UnitRef unit) {}

    private record TenantPosition(TenantId tenant, PositionRef position) {}

    InMemoryCareers(Supplier<TenantContext> tenancy) {
        this.tenancy = tenancy;
    }

    /** Sets a cadre's career (replacing any earlier one), in office. */
    public CadreCareer put(CadreCareer career) {
        careers.put(career.cadreId(), career);
        inOffice.put(career.cadreId(), true);
        return career;
    }

    /** The cadre leaves office (retires, is transferred out …): no longer in {@link #inOffice()}. */
    public void leaveOffice(UUID cadreId) {
        inOffice.put(cadreId, false);
    }

    /** Sets the family on a cadre's file. */
    public void family(UUID cadreId, List<Relative> members) {
        families.put(cadreId, List.copyOf(members));
    }

    /** Adds a unit of {@code county}. */
    public UnitRef unit(TenantId county, UnitRef unit) {
        units.put(unit.id(), new TenantUnit(county, unit));
        return unit;
    }

    /** Sets a cadre's profile (replacing any earlier one), read in the profile's county. */
    public CadreProfile profile(CadreProfile profile) {
        profiles.put(profile.cadreId(), profile);
        return profile;
    }

    /** Adds the approved and held posts of one level of a unit (of the quota's county). */
    public PostQuota quota(PostQuota quota) {
        quotas.add(quota);
        return quota;
    }

    /** Adds a position of {@code county} nobody holds, read by {@link #vacancies()}. */
    public PositionRef vacancy(TenantId county, PositionRef position) {
        vacancies.put(position.id(), new TenantPosition(county, position));
        return position;
    }

    /** The position is taken (or gone): no longer among the {@link #vacancies()}. */
    public void fill(UUID positionId) {
        vacancies.remove(positionId);
    }

    /** The cadres whose family was read, one entry per read (a county scan adds each file read). */
    public synchronized List<UUID> familyReads() {
        return List.copyOf(familyReads);
    }

    @Override
    public Optional<CadreCareer> of(UUID cadreId) {
        return Optional.ofNullable(careers.get(cadreId)).filter(this::readable);
    }

    @Override
    public List<CadreCareer> inOffice() {
        return careers.values().stream()
                .filter(this::readable)
                .filter(c -> inOffice.getOrDefault(c.cadreId(), false))
                .sorted(Comparator.comparing(CadreCareer::name))
                .toList();
    }

    @Override
    public synchronized List<Relative> family(UUID cadreId) {
        if (of(cadreId).isEmpty()) {
            return List.of();
        }
        familyReads.add(cadreId);
        return families.getOrDefault(cadreId, List.of());
    }

    @Override
    public synchronized Map<UUID, List<Relative>> families() {
        Map<UUID, List<Relative>> read = new ConcurrentHashMap<>();
        for (CadreCareer career : inOffice()) {
            List<Relative> members = families.get(career.cadreId());
            if (members != null && !members.isEmpty()) {
                read.put(career.cadreId(), members);
                familyReads.add(career.cadreId());
            }
        }
        return read;
    }

    @Override
    public Optional<CadreProfile> profile(UUID cadreId) {
        return Optional.ofNullable(profiles.get(cadreId))
                .filter(p -> tenancy.get().readableTenants().contains(p.tenant()));
    }

    @Override
    public Map<UUID, CadreProfile> profiles(Collection<UUID> cadreIds) {
        Map<UUID, CadreProfile> read = new LinkedHashMap<>();
        for (UUID id : cadreIds) {
            profile(id).ifPresent(p -> read.put(id, p));
        }
        return read;
    }

    @Override
    public List<PostQuota> quotas() {
        Set<TenantId> readable = tenancy.get().readableTenants();
        return quotas.stream()
                .filter(q -> readable.contains(q.tenant()))
                .sorted(Comparator.comparing(PostQuota::unitName))
                .toList();
    }

    @Override
    public List<UnitRef> units() {
        Set<TenantId> readable = tenancy.get().readableTenants();
        return units.values().stream()
                .filter(u -> readable.contains(u.tenant()))
                .map(TenantUnit::unit)
                .sorted(Comparator.comparing(UnitRef::name))
                .toList();
    }

    @Override
    public List<PositionRef> vacancies() {
        Set<TenantId> readable = tenancy.get().readableTenants();
        return vacancies.values().stream()
                .filter(p -> readable.contains(p.tenant()))
                .map(TenantPosition::position)
                .sorted(Comparator.comparing(PositionRef::unitName).thenComparing(PositionRef::title))
                .toList();
    }

    private boolean readable(CadreCareer career) {
        return tenancy.get().readableTenants().contains(career.tenant());
    }
}
