package cn.zugong.plugin.reserve.service;

import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.util.Optional;

/** Which county a request works on. */
public final class Counties {

    private Counties() {}

    /**
     * The county a page shows: the writable one, or the only readable one (a supervisor who picked
     * one county); empty for a supervisor reading several at once.
     */
    public static Optional<TenantId> shown(TenantContext tenancy) {
        if (tenancy.writableTenant().isPresent()) {
            return tenancy.writableTenant();
        }
        return tenancy.readableTenants().size() == 1
                ? Optional.of(tenancy.readableTenants().iterator().next())
                : Optional.empty();
    }

    /** Whether the request may change {@code county}'s data. */
    public static boolean writable(TenantContext tenancy, TenantId county) {
        return tenancy.writableTenant().filter(county::equals).isPresent();
    }

    /** Fails unless the request may change {@code county}'s data: the pages offer no change then. */
    static void requireWritable(TenantContext tenancy, TenantId county) {
        if (!writable(tenancy, county)) {
            throw new IllegalStateException("The request may not change the reserve data of " + county);
        }
    }
}
