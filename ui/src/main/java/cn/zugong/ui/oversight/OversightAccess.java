package cn.zugong.ui.oversight;

import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.ui.access.AccessRule;

/** Who opens the structure pages: officers and tenant-admins of a county, and supervisors. */
public final class OversightAccess implements AccessRule {

    /** Whether the structure pages and their menu entries are for this user. */
    public static boolean mayOpen() {
        return !TenancyHolder.current().readable().isEmpty()
                && (CurrentUserHolder.hasRole(CurrentUser.OFFICER)
                        || CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN)
                        || CurrentUserHolder.hasRole(TenancyPolicy.SUPERVISOR));
    }

    @Override
    public boolean permits() {
        return mayOpen();
    }
}
