package cn.zugong.core.tenant;

import cn.zugong.api.tenant.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The tenants of the platform and their tree. Tenants are few (one per county), so they are cached. */
@ApplicationScoped
public class TenantDirectory {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    private volatile List<Tenant> cache;

    @Transactional
    public List<Tenant> all() {
        List<Tenant> tenants = cache;
        if (tenants == null) {
            tenants = em.createQuery("select t from Tenant t", Tenant.class).getResultList().stream()
                    .sorted(Comparator.comparing(Tenant::path))
                    .toList();
            cache = tenants;
        }
        return tenants;
    }

    public Optional<Tenant> find(TenantId id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** The tenants above a tenant (its city, its province), nearest first. */
    public List<TenantId> ancestorsOf(TenantId tenant) {
        return find(tenant)
                .map(t -> all().stream()
                        .filter(a -> !a.id().equals(tenant) && t.path().startsWith(a.path()))
                        .sorted(Comparator.comparing((Tenant a) -> a.path().length())
                                .reversed())
                        .map(Tenant::id)
                        .toList())
                .orElse(List.of());
    }

    /** The node itself and every tenant below it. */
    public Set<TenantId> scopeOf(TenantId node) {
        return find(node)
                .map(n -> all().stream()
                        .filter(t -> t.path().startsWith(n.path()))
                        .map(Tenant::id)
                        .collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
