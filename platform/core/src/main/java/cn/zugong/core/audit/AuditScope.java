package cn.zugong.core.audit;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Whose audit trails the current user may read. The platform auditor ({@code platform-auditor},
 * no tenant) reads every tenant's; a county's auditor ({@code tenant-auditor}) reads their
 * county's; nobody else reads any, whatever else they may do. Reading the trail grants no write
 * access anywhere.
 */
@ApplicationScoped
public class AuditScope {

    public static final String PLATFORM_AUDITOR = "platform-auditor";
    public static final String TENANT_AUDITOR = TenancyPolicy.TENANT_AUDITOR;

    @Inject
    TenantDirectory directory;

    /** Whether the current user may open the audit trail at all (for menus; services check again). */
    public static boolean mayAudit() {
        return CurrentUserHolder.hasRole(PLATFORM_AUDITOR)
                || countyAuditor(CurrentUserHolder.current(), TenancyHolder.current());
    }

    /** The tenants whose trails the current user may read; empty for everyone but the auditors. */
    public Set<TenantId> tenants() {
        return of(CurrentUserHolder.current(), TenancyHolder.current(), () -> directory.all().stream()
                .map(Tenant::id)
                .toList());
    }

    static Set<TenantId> of(Optional<CurrentUser> user, Tenancy tenancy, Supplier<Collection<TenantId>> allTenants) {
        if (user.map(u -> u.hasRole(PLATFORM_AUDITOR)).orElse(false)) {
            return Set.copyOf(allTenants.get());
        }
        return countyAuditor(user, tenancy) ? tenancy.readable() : Set.of();
    }

    /** A county auditor reads their own county: exactly one tenant, never a supervisor's scope. */
    private static boolean countyAuditor(Optional<CurrentUser> user, Tenancy tenancy) {
        return user.map(u -> u.hasRole(TENANT_AUDITOR) && !u.hasRole(TenancyPolicy.SUPERVISOR))
                        .orElse(false)
                && tenancy.readable().size() == 1;
    }

    static Set<String> codes(Set<TenantId> tenants) {
        return tenants.stream().map(TenantId::code).collect(Collectors.toSet());
    }
}
