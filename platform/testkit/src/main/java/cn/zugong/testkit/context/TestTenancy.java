package cn.zugong.testkit.context;

import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.util.Optional;
import java.util.Set;

/**
 * Who a test's request acts for, as the platform derives it from the user's token.
 *
 * <pre>{@code
 * context.actAs(TestTenancy.writing(WENJIANG));              // the county's officer
 * context.actAs(TestTenancy.reading(Set.of(WENJIANG, PIDU))); // a read-only supervisor
 * }</pre>
 *
 * @param writableTenant the tenant the request may change, empty for a supervisor
 * @param readableTenants every tenant the request may read
 */
public record TestTenancy(Optional<TenantId> writableTenant, Set<TenantId> readableTenants) implements TenantContext {

    public TestTenancy {
        readableTenants = Set.copyOf(readableTenants);
    }

    /** The tenancy of a county's officer: writes and reads that county. */
    public static TestTenancy writing(TenantId county) {
        return new TestTenancy(Optional.of(county), Set.of(county));
    }

    /** The tenancy of a read-only supervisor over {@code counties}. */
    public static TestTenancy reading(Set<TenantId> counties) {
        return new TestTenancy(Optional.empty(), counties);
    }

    /**
     * The tenant the platform's tenant resolver answers for this request: the writable one, the
     * only readable one, {@link PluginDatabase#ROOT} for a supervisor reading several, {@code -}
     * for none.
     */
    public static String identifier(TenantContext tenancy) {
        if (tenancy.writableTenant().isPresent()) {
            return tenancy.writableTenant().get().code();
        }
        if (tenancy.readableTenants().size() == 1) {
            return tenancy.readableTenants().iterator().next().code();
        }
        return tenancy.readableTenants().isEmpty() ? "-" : PluginDatabase.ROOT;
    }

    /** The request's writable tenant; a read-only request fails, as the platform's services do. */
    static TenantId writable(TenantContext tenancy) {
        return tenancy.writableTenant().orElseThrow(() -> new IllegalStateException("read-only request"));
    }
}
