package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.service.Counties;
import cn.zugong.plugin.rotation.service.UnreadableRulesException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the rotation pages share: the plugin's context, the county shown (the writable one, or the
 * one a supervisor picked), whether it may be changed, the title and the links between the pages.
 */
abstract class RotationPage extends VerticalLayout implements HasDynamicTitle {

    protected final PluginContext context = PluginContext.of(getClass());
    protected final Optional<TenantId> county = Counties.shown(context.tenancy());
    protected final boolean writable =
            county.map(c -> Counties.writable(context.tenancy(), c)).orElse(false)
                    && context.permitted(RotationViews.MANAGE);
    private final String titleKey;

    RotationPage(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
        HorizontalLayout links = new HorizontalLayout(
                link("rotation-nav-due", RotationViews.DUE, "rotation.menu.due"),
                link("rotation-nav-findings", RotationViews.FINDINGS, "rotation.menu.findings"),
                link("rotation-nav-plans", RotationViews.PLANS, "rotation.menu.plans"),
                link("rotation-nav-exchanges", RotationViews.EXCHANGES, "rotation.menu.exchanges"));
        links.setId("rotation-nav");
        add(new H2(getTranslation(titleKey)), links);
        if (county.isEmpty()) {
            note("rotation-county-choose", "rotation.county.choose");
        } else if (!writable) {
            note("rotation-read-only", "rotation.readOnly");
        }
    }

    private Anchor link(String id, String route, String key) {
        Anchor anchor = new Anchor(route, getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    protected Paragraph note(String id, String key, Object... args) {
        Paragraph note = new Paragraph(getTranslation(key, args));
        note.setId(id);
        add(note);
        return note;
    }

    /** Shows that the county's rule overrides cannot be read, naming the values concerned. */
    protected void showUnreadableRules(UnreadableRulesException e) {
        String values = e.problems().stream().map(Problem::field).distinct().collect(Collectors.joining(", "));
        note("rotation-rules-unreadable", "rotation.rules.unreadable", values);
    }

    protected String text(Problem problem) {
        return getTranslation(problem.key(), problem.args().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
