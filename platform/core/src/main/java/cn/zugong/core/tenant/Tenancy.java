package cn.zugong.core.tenant;

import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tenancy of one request, derived from the user's signed token only.
 *
 * <p>A county user has one writable tenant that is also the only readable one. A supervisor has
 * no writable tenant and reads the tenants in scope (all of them, or the one picked in the
 * tenant switcher). The empty tenancy reads and writes nothing: that is what code running
 * outside a request gets, so it fails closed.
 */
public record Tenancy(Optional<TenantId> writable, Set<TenantId> readable) implements TenantContext {

    public static final Tenancy NONE = new Tenancy(Optional.empty(), Set.of());

    public Tenancy {
        readable = Set.copyOf(readable);
        if (writable.isPresent() && !readable.equals(Set.of(writable.get()))) {
            throw new IllegalArgumentException("A writable tenant is the only readable one");
        }
    }

    public static Tenancy writing(TenantId tenant) {
        return new Tenancy(Optional.of(tenant), Set.of(tenant));
    }

    public static Tenancy reading(Set<TenantId> tenants) {
        return new Tenancy(Optional.empty(), tenants);
    }

    @Override
    public Optional<TenantId> writableTenant() {
        return writable;
    }

    @Override
    public Set<TenantId> readableTenants() {
        return readable;
    }

    /**
     * The one tenant the request works on: the writable one, or the only readable one (a supervisor
     * who picked one county); empty when it reads several or none.
     */
    public Optional<TenantId> one() {
        return readable.size() == 1 ? Optional.of(readable.iterator().next()) : Optional.empty();
    }

    /** The readable tenants as a comma-separated list, the form the database policies read. */
    public String readableCsv() {
        return readable.stream().map(TenantId::code).sorted().collect(Collectors.joining(","));
    }

    public Set<String> readableCodes() {
        return readable.stream().map(TenantId::code).collect(Collectors.toSet());
    }
}
