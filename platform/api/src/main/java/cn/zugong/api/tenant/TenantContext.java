package cn.zugong.api.tenant;

import java.util.Optional;
import java.util.Set;

/**
 * Who the current request acts for. It is derived by the platform from the user's signed token
 * only; a plugin reads it and never sets it.
 */
public interface TenantContext {

    /** The tenant whose data this request may change; empty for read-only supervisors. */
    Optional<TenantId> writableTenant();

    /** Every tenant whose data this request may read (the own tenant, or a supervisor's scope). */
    Set<TenantId> readableTenants();
}
