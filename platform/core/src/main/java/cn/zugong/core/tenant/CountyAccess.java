package cn.zugong.core.tenant;

import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import java.util.Arrays;
import java.util.List;

/**
 * Who may do what with cadre files. Reading follows the request's tenancy (own county, or a
 * supervisor's scope, read-only). Sensitive parts (family, id number, punishments) need one of the
 * roles in the system property {@code zugong.sensitive.roles} (default: officer and tenant-admin).
 * Writing needs a writable tenant and the officer or tenant-admin role.
 */
public final class CountyAccess {

    private CountyAccess() {}

    /** Whether the caller may change the registry: a writable tenant and the officer or tenant-admin role. */
    public static boolean canWrite() {
        return TenancyHolder.current().writable().isPresent()
                && (CurrentUserHolder.hasRole(CurrentUser.OFFICER)
                        || CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN));
    }

    public static boolean canSeeSensitive() {
        return sensitiveRoles().stream().anyMatch(CurrentUserHolder::hasRole);
    }

    /** The roles that see the sensitive parts of a file ({@code zugong.sensitive.roles}). */
    public static List<String> sensitiveRoles() {
        String roles =
                System.getProperty("zugong.sensitive.roles", CurrentUser.OFFICER + "," + CurrentUser.TENANT_ADMIN);
        return Arrays.stream(roles.split(","))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
    }

    /** The tenant the caller writes in; refuses read-only callers. */
    public static String requireWriter() {
        if (!canWrite()) {
            throw new AccessDeniedException("error.access.readonly");
        }
        return TenancyHolder.current().writable().orElseThrow().code();
    }

    /** The tenants the caller reads, never empty (a placeholder matches nothing). */
    public static List<String> readable() {
        Tenancy tenancy = TenancyHolder.current();
        List<String> codes = List.copyOf(tenancy.readableCodes());
        return codes.isEmpty() ? List.of("-") : codes;
    }
}
