package cn.zugong.core.admin;

import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.DutySeparation;
import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.util.List;
import java.util.Set;

/**
 * The roles a county's tenant-admin may grant: officer, viewer, tenant-auditor, tenant-admin. A
 * platform role, the supervisor role or any other name is refused, and so is a set that breaks the
 * separation of duties (an auditor who is also officer or admin).
 */
public final class CountyRoles {

    public static final String VIEWER = "viewer";

    /** Every role a tenant-admin grants, in the order the pages show them. */
    public static final List<String> ORDERED =
            List.of(CurrentUser.OFFICER, VIEWER, DutySeparation.TENANT_AUDITOR, CurrentUser.TENANT_ADMIN);

    static final Set<String> ALL = Set.copyOf(ORDERED);

    /** Roles whose holders a county's admin never manages. */
    static final Set<String> ABOVE_COUNTY = Set.of(
            CurrentUser.PLATFORM_SYSADMIN,
            CurrentUser.PLATFORM_SECADMIN,
            DutySeparation.PLATFORM_AUDITOR,
            "supervisor");

    private CountyRoles() {}

    /** The roles, when a tenant-admin may grant them together; refuses anything else. */
    public static Set<String> check(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw invalid("user.error.roles.none");
        }
        if (roles.stream().anyMatch(r -> r == null || !ALL.contains(r))) {
            throw invalid("user.error.roles.notGrantable");
        }
        if (DutySeparation.breach(roles).isPresent()) {
            throw invalid("user.error.roles.duties");
        }
        return Set.copyOf(roles);
    }

    private static ValidationException invalid(String key) {
        return new ValidationException(List.of(new Problem("roles", key)));
    }
}
