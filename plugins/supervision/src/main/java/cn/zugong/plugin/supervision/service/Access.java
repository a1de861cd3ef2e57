package cn.zugong.plugin.supervision.service;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.util.Optional;

/**
 * Who may do what, checked by every service before it reads or writes: the pages hide what a user
 * may not do, but the check that counts is this one.
 */
public final class Access {

    private final PluginContext context;

    public Access(PluginContext context) {
        this.context = context;
    }

    /** The county a page shows: the writable one, or the one county a supervisor picked. */
    public static Optional<TenantId> shown(TenantContext tenancy) {
        if (tenancy.writableTenant().isPresent()) {
            return tenancy.writableTenant();
        }
        return tenancy.readableTenants().size() == 1
                ? Optional.of(tenancy.readableTenants().iterator().next())
                : Optional.empty();
    }

    /** The county the request reads, when it holds {@code permission} there. */
    public TenantId reading(PluginPermission permission) {
        TenantId county = shown(context.tenancy()).orElseThrow(() -> new SecurityException("no single county"));
        require(permission);
        return county;
    }

    /** The county the request may change, when it holds {@code permission} there. */
    public TenantId writing(PluginPermission permission) {
        TenantId county =
                context.tenancy().writableTenant().orElseThrow(() -> new SecurityException("read-only request"));
        require(permission);
        return county;
    }

    public boolean may(PluginPermission permission) {
        return context.permitted(permission);
    }

    private void require(PluginPermission permission) {
        if (!context.permitted(permission)) {
            throw new SecurityException("missing permission " + permission.id());
        }
    }
}
