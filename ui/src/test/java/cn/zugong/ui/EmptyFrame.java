package cn.zugong.ui;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.InstalledView;
import cn.zugong.core.plugin.notice.NoticeBoard;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The services the portal's frame ({@code MainLayout}: header, bell, menu) asks for, with nothing
 * in them: no tenant names, no notices, no plugins. For view tests that build the real frame.
 */
public final class EmptyFrame {

    private EmptyFrame() {}

    /** Installs the frame's empty services as the test's CDI beans ({@link FakeBeans#uninstall()} removes them). */
    public static void install() {
        FakeBeans.install(Map.of(
                TenantDirectory.class, new NoTenants(),
                NoticeBoard.class, new NoNotices(),
                PluginHost.class, new NoPlugins(),
                PluginEnablementService.class, new NoneEnabled()));
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

    private static final class NoneEnabled extends PluginEnablementService {
        @Override
        public Set<String> enabledForCurrentTenant() {
            return Set.of();
        }
    }

    private static final class NoPlugins extends PluginHost {
        @Override
        public List<InstalledView> views() {
            return List.of();
        }
    }
}
