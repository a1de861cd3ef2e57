package cn.zugong.ui.selection;

import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.tenant.CountyAccess;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.ui.access.AccessRule;

/**
 * Who works with selection cases: officers and tenant-admins of a county (they record), and
 * supervisors (they read the counties in their scope). Everyone else is refused the pages.
 */
public final class SelectionAccess {

    private SelectionAccess() {}

    /** Whether the selection pages and their menu entries are for this user. */
    public static boolean mayOpen() {
        return CurrentUserHolder.hasRole(CurrentUser.OFFICER)
                || CurrentUserHolder.hasRole(CurrentUser.TENANT_ADMIN)
                || CurrentUserHolder.hasRole(TenancyPolicy.SUPERVISOR);
    }

    /** Whether the user records on this case: a writer of its county while it is open. */
    static boolean mayRecord(SelectionCase c) {
        return CountyAccess.canWrite() && c.getStatus() == CaseStatus.OPEN;
    }

    /** The rule of the selection pages' routes. */
    public static final class Readers implements AccessRule {
        @Override
        public boolean permits() {
            return mayOpen();
        }
    }
}
