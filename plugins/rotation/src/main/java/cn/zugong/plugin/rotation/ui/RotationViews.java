package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.view.PluginView;
import cn.zugong.api.view.ViewContribution;
import cn.zugong.plugin.rotation.service.TermsLink;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The rotation pages and their menu entries. Reading needs {@code rotation.view} (officers, tenant
 * admins and viewers); changing findings, scanning and correcting terms need {@code rotation.manage}
 * (officers and tenant admins), as do building, saving and approving exchange plans and keeping
 * exchange cases.
 */
@Extension
public class RotationViews implements ViewContribution {

    public static final PluginPermission VIEW =
            new PluginPermission("rotation.view", Set.of("officer", "tenant-admin", "viewer", "supervisor"));
    public static final PluginPermission MANAGE =
            new PluginPermission("rotation.manage", Set.of("officer", "tenant-admin"));

    public static final String DUE = "rotation";
    public static final String FINDINGS = "rotation/findings";
    static final String TRANSFERS = "rotation/transfers";
    static final String PLANS = "rotation/plans";
    public static final String EXCHANGES = "rotation/exchanges";

    @Override
    public List<PluginView> views() {
        return List.of(
                new PluginView(DUE, DueView.class, "rotation.menu.due", "vaadin:exchange", VIEW),
                new PluginView(FINDINGS, FindingsView.class, "rotation.menu.findings", "vaadin:family", VIEW),
                new PluginView(TermsLink.ROUTE, TermsView.class, "rotation.menu.terms", "vaadin:calendar-clock", VIEW),
                new PluginView(TRANSFERS, TransfersView.class, "rotation.menu.transfers", "vaadin:truck", VIEW),
                new PluginView(PLANS, PlansView.class, "rotation.menu.plans", "vaadin:random", VIEW),
                new PluginView(EXCHANGES, ExchangesView.class, "rotation.menu.exchanges", "vaadin:exchange", VIEW));
    }
}
