package cn.zugong.core.plugin.context;

import cn.zugong.api.notice.Notice;
import cn.zugong.api.notice.Notices;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.notice.NoticeStore;
import cn.zugong.core.tenant.TenancyHolder;
import java.time.Clock;
import java.util.Objects;
import java.util.Set;

/**
 * One plugin's notices, in the county the request (or the scheduled job) writes in, within the
 * caller's transaction or a new one.
 */
public final class HostedNotices implements Notices {

    private final String pluginId;
    private final NoticeStore store;
    private final PluginTransactions transactions;
    private final Clock clock;

    /** {@code store} and {@code transactions} are the beans' proxies. */
    public HostedNotices(String pluginId, NoticeStore store, PluginTransactions transactions, Clock clock) {
        this.pluginId = pluginId;
        this.store = store;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void post(Notice notice) {
        Objects.requireNonNull(notice, "notice");
        TenantId county = county();
        PluginTransactions.joinOrStart(transactions, () -> {
            store.post(county, pluginId, notice, clock.instant());
            return null;
        });
    }

    @Override
    public void withdraw(String key) {
        Objects.requireNonNull(key, "key");
        TenantId county = county();
        PluginTransactions.joinOrStart(transactions, () -> {
            store.withdraw(county, pluginId, key);
            return null;
        });
    }

    @Override
    public Set<String> keys() {
        TenantId county = county();
        return PluginTransactions.joinOrStart(transactions, () -> store.keys(county, pluginId));
    }

    private TenantId county() {
        return TenancyHolder.current()
                .writable()
                .orElseThrow(() -> new IllegalStateException(
                        "Plugin " + pluginId + ": notices need a county to write in; this request is read-only"));
    }
}
