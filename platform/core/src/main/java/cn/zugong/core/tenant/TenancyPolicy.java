package cn.zugong.core.tenant;

import cn.zugong.api.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what the token says (group paths such as {@code /51/5101/510115}, realm roles) into the
 * request's {@link Tenancy}. A supervisor reads every tenant below the groups' nodes and may narrow
 * the view to one of them; a county auditor reads the county of the group; everyone else with a
 * group writes in the county of that group (what they may change there is up to their roles),
 * unless the county is archived: then they read it and change nothing.
 */
@ApplicationScoped
public class TenancyPolicy {

    public static final String SUPERVISOR = "supervisor";

    /**
     * A county's auditor: reads the county (and its audit trail) and changes nothing, so the
     * tenancy is read-only, whatever else the token holds: an auditor who is also the county's
     * officer or admin breaks the separation of duties and is refused at the door
     * ({@link Admission}); should such a token get this far, it still writes nothing.
     */
    public static final String TENANT_AUDITOR = "tenant-auditor";

    @Inject
    TenantDirectory directory;

    public TenancyPolicy() {}

    /** A policy over the given directory (tests; the portal injects it). */
    public TenancyPolicy(TenantDirectory directory) {
        this.directory = directory;
    }

    /** Tenants the user may read, from the token alone. */
    public Set<TenantId> scope(Collection<String> groups, Collection<String> roles) {
        if (roles.contains(SUPERVISOR)) {
            return groups.stream()
                    .flatMap(g -> node(g).stream())
                    .flatMap(n -> directory.scopeOf(n).stream())
                    .collect(Collectors.toSet());
        }
        return groups.stream().flatMap(g -> node(g).stream()).limit(1).collect(Collectors.toSet());
    }

    /**
     * The tenancy for a request. {@code picked} is the tenant chosen in the switcher; it counts only
     * when it lies inside the token's scope.
     */
    public Tenancy tenancy(Collection<String> groups, Collection<String> roles, Optional<TenantId> picked) {
        Set<TenantId> scope = scope(groups, roles);
        if (roles.contains(SUPERVISOR)) {
            return picked.filter(scope::contains)
                    .map(t -> Tenancy.reading(Set.of(t)))
                    .orElse(Tenancy.reading(scope));
        }
        if (roles.contains(TENANT_AUDITOR)) {
            return scope.stream()
                    .findFirst()
                    .map(t -> Tenancy.reading(Set.of(t)))
                    .orElse(Tenancy.NONE);
        }
        return scope.stream().findFirst().map(this::ownCounty).orElse(Tenancy.NONE);
    }

    /** A county user's own county: writable, or read-only once the platform archived it. */
    private Tenancy ownCounty(TenantId county) {
        return directory.archived(county) ? Tenancy.reading(Set.of(county)) : Tenancy.writing(county);
    }

    /** The tenant a group path names: its last segment. */
    static Optional<TenantId> node(String groupPath) {
        if (groupPath == null) {
            return Optional.empty();
        }
        String last = groupPath.substring(groupPath.lastIndexOf('/') + 1);
        try {
            return Optional.of(TenantId.ofRegionNode(last));
        } catch (IllegalArgumentException notARegion) {
            return Optional.empty();
        }
    }
}
