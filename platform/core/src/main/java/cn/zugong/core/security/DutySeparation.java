package cn.zugong.core.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 三员分立 (separation of duties, MLPS level 3): the platform's system, security and audit
 * administrators are three different people, and a county's auditor is neither its officer nor its
 * admin. A token that breaks the rule is refused as a whole, and the user pages refuse to grant a
 * role that would break it.
 */
public final class DutySeparation {

    public static final String PLATFORM_AUDITOR = "platform-auditor";
    public static final String TENANT_AUDITOR = "tenant-auditor";

    /** The three platform roles: no two in one account. */
    public static final List<String> PLATFORM_ROLES =
            List.of(CurrentUser.PLATFORM_SYSADMIN, CurrentUser.PLATFORM_SECADMIN, PLATFORM_AUDITOR);

    /** What a county's auditor may not also be. */
    static final Set<String> AUDITED_ROLES = Set.of(CurrentUser.OFFICER, CurrentUser.TENANT_ADMIN);

    private DutySeparation() {}

    /**
     * The broken rule as a message key ({@code refused.duties.platform} or {@code
     * refused.duties.county}), or empty when the roles keep the duties apart.
     */
    public static Optional<String> breach(Collection<String> roles) {
        if (PLATFORM_ROLES.stream().filter(roles::contains).count() > 1) {
            return Optional.of("refused.duties.platform");
        }
        if (roles.contains(TENANT_AUDITOR) && roles.stream().anyMatch(AUDITED_ROLES::contains)) {
            return Optional.of("refused.duties.county");
        }
        return Optional.empty();
    }
}
