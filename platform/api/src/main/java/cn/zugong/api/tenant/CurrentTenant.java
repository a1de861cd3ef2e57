package cn.zugong.api.tenant;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * The tenancy of the request running on this thread, for plugin code that needs it outside an
 * extension call that carries it (a view, for example). The platform provides it at start-up.
 *
 * {@snippet class=cn.zugong.api.snippets.TenantSnippets region=current-tenant :
 * Optional<TenantId> county = CurrentTenant.get().writableTenant();
 * }
 */
public final class CurrentTenant {

    private static volatile Supplier<? extends TenantContext> source;

    private CurrentTenant() {}

    /** The current request's tenancy; nothing readable outside a request. */
    public static TenantContext get() {
        Supplier<? extends TenantContext> s = source;
        if (s == null) {
            throw new IllegalStateException("The platform has not provided the tenancy");
        }
        return s.get();
    }

    /** Called once by the platform. */
    public static void provide(Supplier<? extends TenantContext> tenancy) {
        source = Objects.requireNonNull(tenancy, "tenancy");
    }
}
