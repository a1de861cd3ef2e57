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

/**
 * The tenants of the platform and their tree.
 *
 * <p>Tenants are few (one per county), so the tree is kept in memory, but never trusted without a
 * look at the database: every read first asks for the one-row {@code tenant_directory_version}
 * (a primary-key read) and reloads the tree when another transaction, on this node or any other,
 * changed the tenants ({@link #changed()} is called in that transaction). A tenant created or
 * suspended on one node is therefore seen by every node at its next request.
 */
@ApplicationScoped
public class TenantDirectory {

    @PersistenceContext(unitName = "zugong")
    EntityManager em;

    private volatile Snapshot snapshot = new Snapshot(Long.MIN_VALUE, List.of());

    private record Snapshot(long version, List<Tenant> tenants) {}

    @Transactional
    public List<Tenant> all() {
        long version = version();
        Snapshot current = snapshot;
        if (current.version() != version) {
            List<Tenant> tenants = em.createQuery("select t from Tenant t", Tenant.class).getResultList().stream()
                    .sorted(Comparator.comparing(Tenant::path))
                    .toList();
            // Shared between threads: never left managed by the caller's persistence context.
            tenants.forEach(em::detach);
            current = new Snapshot(version, tenants);
            snapshot = current;
        }
        return current.tenants();
    }

    /**
     * Records that the tenant table changed; call it inside the transaction that changes it, so the
     * change and the new version commit together.
     */
    @Transactional
    public void changed() {
        em.createNativeQuery("update tenant_directory_version set version = version + 1 where id = 1")
                .executeUpdate();
    }

    private long version() {
        return ((Number) em.createNativeQuery("select version from tenant_directory_version where id = 1")
                        .getSingleResult())
                .longValue();
    }

    public Optional<Tenant> find(TenantId id) {
        return all().stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Whether a tenant exists and is suspended. */
    public boolean suspended(TenantId id) {
        return find(id).map(t -> t.status() == TenantStatus.SUSPENDED).orElse(false);
    }

    /** Whether a tenant exists and is archived: read-only for everyone. */
    public boolean archived(TenantId id) {
        return find(id).map(Tenant::archived).orElse(false);
    }

    /** Whether a tenant exists and was purged: its users are refused. */
    public boolean purged(TenantId id) {
        return find(id).map(t -> t.status() == TenantStatus.PURGED).orElse(false);
    }

    /** The tenants whose users work and whose plugin jobs run. */
    public List<Tenant> active() {
        return all().stream().filter(Tenant::active).toList();
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
