package cn.zugong.testkit.context;

import cn.zugong.api.publish.Publication;
import cn.zugong.api.publish.Publications;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Publications as the platform keeps them, the tenant tree taken from the division codes: a
 * county's city is its code with {@code 00} at the end ({@code 510115} → {@code 510100}), its
 * province with {@code 0000} ({@code 510000}); only a code ending in {@code 00} has tenants below.
 */
public final class InMemoryPublications implements Publications {

    private final List<Publication> publications = new CopyOnWriteArrayList<>();
    private final Set<TenantId> withoutTenantsBelow = ConcurrentHashMap.newKeySet();
    private final Supplier<TenantContext> tenancy;
    private final Supplier<Clock> clock;

    /** Publications for the tenancy and at the time the suppliers give at each call. */
    public InMemoryPublications(Supplier<TenantContext> tenancy, Supplier<Clock> clock) {
        this.tenancy = tenancy;
        this.clock = clock;
    }

    /** From now on the platform knows no tenant below {@code department}: it cannot publish. */
    public void withoutTenantsBelow(TenantId department) {
        withoutTenantsBelow.add(department);
    }

    @Override
    public void publish(String kind, String key, Map<String, String> content) {
        TenantId publisher = TestTenancy.writable(tenancy.get());
        if (!publisher.code().endsWith("00") || withoutTenantsBelow.contains(publisher)) {
            throw new IllegalStateException("no tenant below " + publisher);
        }
        withdraw(kind, key);
        publications.addFirst(
                new Publication(publisher, kind, key, content, clock.get().instant()));
    }

    @Override
    public void withdraw(String kind, String key) {
        TenantId publisher = TestTenancy.writable(tenancy.get());
        publications.removeIf(p -> p.publisher().equals(publisher)
                && p.kind().equals(kind)
                && p.key().equals(key));
    }

    @Override
    public List<Publication> published(String kind) {
        return shown().map(t -> of(Set.of(t), kind)).orElse(List.of());
    }

    @Override
    public List<Publication> fromAbove(String kind) {
        return shown().map(t -> of(above(t), kind)).orElse(List.of());
    }

    private Optional<TenantId> shown() {
        TenantContext now = tenancy.get();
        if (now.writableTenant().isPresent()) {
            return now.writableTenant();
        }
        return now.readableTenants().size() == 1
                ? Optional.of(now.readableTenants().iterator().next())
                : Optional.empty();
    }

    private List<Publication> of(Set<TenantId> publishers, String kind) {
        return publications.stream()
                .filter(p -> publishers.contains(p.publisher()) && p.kind().equals(kind))
                .toList();
    }

    private static Set<TenantId> above(TenantId tenant) {
        if (tenant.code().endsWith("0000")) {
            return Set.of();
        }
        Set<TenantId> above = new HashSet<>();
        above.add(new TenantId(tenant.code().substring(0, 2) + "0000"));
        above.add(new TenantId(tenant.code().substring(0, 4) + "00"));
        above.remove(tenant);
        return above;
    }
}
