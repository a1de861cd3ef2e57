package cn.zugong.api.snippets;

import cn.zugong.api.tenant.CurrentTenant;
import cn.zugong.api.tenant.TenantId;
import java.util.Optional;

class TenantSnippets {
    Optional<TenantId> writable() {
        Optional<TenantId> county = CurrentTenant.get().writableTenant(); // @start region=current-tenant
        // @end
        return county;
    }
}
