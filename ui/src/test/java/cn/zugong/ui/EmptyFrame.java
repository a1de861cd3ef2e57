package cn.zugong.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.core.plugin.notice.NoticeBoard;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The services the portal's frame ({@code MainLayout}: header, bell, menu) asks for, with nothing
 * in them: no tenant names, no notices, no plugins. For view tests that build the real frame.
 */
public final class EmptyFrame {

    private EmptyFrame() {}

    /** The frame's empty services, for {@link PortalUi#start} or {@link PortalUi#serving}. */
    public static Map<Class<?>, Object> services() {
        return Map.of(
                TenantDirectory.class, tenants(),
                TenancyPolicy.class, new TenancyPolicy(tenants()),
                NoticeBoard.class, new NoNotices(),
                PluginHost.class, new NoPlugins());
    }

    /** A directory that knows no tenant: pages show tenants by their codes. */
    public static TenantDirectory tenants() {
        return new NoTenants();
    }

    private static final class NoTenants extends TenantDirectory {
        @Override
        public Optional<Tenant> find(TenantId id) {
            return Optional.empty();
        }
    }

    private static final class NoNotices extends NoticeBoard {
        @Override
        public long unreadCount() {
            return 0;
        }
    }

    private static final class NoPlugins extends PluginHost {
        @Override
        public List<InstalledView> views() {
            return List.of();
        }
    }
}
