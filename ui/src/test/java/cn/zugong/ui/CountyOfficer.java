package cn.zugong.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Wenjiang's officer (王明) signed in for each test, writing the county, and signed out after it:
 * {@code @ExtendWith(CountyOfficer.class)}.
 */
public final class CountyOfficer implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        TenancyHolder.set(Tenancy.writing(new TenantId("510115")));
        CurrentUserHolder.set(new CurrentUser("clerk", "王明", Set.of(CurrentUser.OFFICER), Set.of()));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }
}
