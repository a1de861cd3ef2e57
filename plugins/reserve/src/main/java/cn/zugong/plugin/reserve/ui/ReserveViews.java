package cn.zugong.plugin.reserve.ui;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.view.PluginView;
import cn.zugong.api.view.ViewContribution;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The reserve pages and their menu entry. Reading needs {@code reserve.view} (officers, tenant
 * admins and viewers); opening batches, nominating and moving candidates need {@code
 * reserve.manage} (officers and tenant admins).
 */
@Extension
public class ReserveViews implements ViewContribution {

    public static final PluginPermission VIEW =
            new PluginPermission("reserve.view", Set.of("officer", "tenant-admin", "viewer", "supervisor"));
    public static final PluginPermission MANAGE =
            new PluginPermission("reserve.manage", Set.of("officer", "tenant-admin"));

    public static final String BATCHES = "reserve";
    static final String BATCH = "reserve/batch";

    @Override
    public List<PluginView> views() {
        return List.of(
                new PluginView(BATCHES, BatchesView.class, "reserve.menu.batches", "vaadin:users", VIEW),
                new PluginView(BATCH, BatchView.class, "reserve.menu.batch", "vaadin:user-star", VIEW));
    }
}
