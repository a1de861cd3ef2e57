package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import cn.zugong.plugin.supervision.service.Access;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;

/**
 * What the supervision pages share: the plugin's context, the county shown, whether it may be
 * changed here, the title and the links between the pages (the reports page only for those who may
 * read reports).
 */
abstract class SupervisionPage extends VerticalLayout implements HasDynamicTitle {

    protected final PluginContext context = PluginContext.of(getClass());
    protected final Optional<TenantId> county = Access.shown(context.tenancy());
    protected final Feedback feedback = new Feedback(this);
    private final String titleKey;

    SupervisionPage(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
        add(new H2(getTranslation(titleKey)), navigation());
        if (county.isEmpty()) {
            Paragraph choose = new Paragraph(getTranslation("supervision.county.choose"));
            choose.setId("supervision-county-choose");
            add(choose);
        }
    }

    /** Whether this user may change the county's data of {@code permission}'s kind here. */
    protected boolean writable(cn.zugong.api.security.PluginPermission permission) {
        return county.isPresent()
                && context.tenancy()
                        .writableTenant()
                        .filter(county.get()::equals)
                        .isPresent()
                && context.permitted(permission);
    }

    private HorizontalLayout navigation() {
        HorizontalLayout links = new HorizontalLayout();
        links.setId("supervision-nav");
        if (context.permitted(SupervisionPermissions.REPORTS)) {
            links.add(link("supervision-nav-reports", SupervisionViews.REPORTS, "supervision.menu.reports"));
        }
        links.add(link("supervision-nav-matters", SupervisionViews.MATTERS, "supervision.menu.matters"));
        links.add(link("supervision-nav-trials", SupervisionViews.TRIALS, "supervision.menu.trials"));
        links.add(link("supervision-nav-measures", SupervisionViews.MEASURES, "supervision.menu.measures"));
        links.add(link("supervision-nav-audits", SupervisionViews.AUDITS, "supervision.menu.audits"));
        return links;
    }

    private Anchor link(String id, String route, String key) {
        Anchor anchor = new Anchor(route, getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
