package cn.zugong.testkit.context;

import cn.zugong.api.notice.Notice;
import cn.zugong.api.notice.Notices;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Notices kept per county, posted to and withdrawn from the request's writable county; {@link
 * #of(TenantId)} shows a test what a county's users would see.
 */
public final class InMemoryNotices implements Notices {

    private final Map<String, Notice> notices = new ConcurrentHashMap<>();
    private final Supplier<TenantContext> tenancy;

    /** Notices for the tenancy {@code tenancy} gives at each call. */
    public InMemoryNotices(Supplier<TenantContext> tenancy) {
        this.tenancy = tenancy;
    }

    @Override
    public void post(Notice notice) {
        notices.put(county() + "/" + notice.key(), notice);
    }

    @Override
    public void withdraw(String key) {
        notices.remove(county() + "/" + key);
    }

    @Override
    public Set<String> keys() {
        return of(TestTenancy.writable(tenancy.get())).keySet();
    }

    /** The notices posted for a county and not withdrawn, by their keys. */
    public Map<String, Notice> of(TenantId county) {
        Map<String, Notice> posted = new TreeMap<>();
        notices.forEach((k, n) -> {
            if (k.startsWith(county.code() + "/")) {
                posted.put(n.key(), n);
            }
        });
        return posted;
    }

    private String county() {
        return TestTenancy.writable(tenancy.get()).code();
    }
}
