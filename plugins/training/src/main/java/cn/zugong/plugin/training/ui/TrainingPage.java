package cn.zugong.plugin.training.ui;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.service.Counties;
import cn.zugong.plugin.training.service.UnreadableRulesException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the training pages share: the plugin's context, the county shown (the writable one, or the
 * one a supervisor picked), whether it may be changed, the title, the links between the pages, and
 * the notes shown instead of a page that cannot be worked out.
 */
abstract class TrainingPage extends VerticalLayout implements HasDynamicTitle {

    protected final PluginContext context = PluginContext.of(getClass());
    protected final Optional<TenantId> county = Counties.shown(context.tenancy());
    /** Whether this user may change the county's training data here (the county and training.manage). */
    protected final boolean writable =
            county.map(c -> Counties.writable(context.tenancy(), c)).orElse(false)
                    && context.permitted(TrainingViews.MANAGE);

    protected final Texts texts = new Texts(this);
    private final String titleKey;

    TrainingPage(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
        add(new H2(getTranslation(titleKey)), navigation());
        if (county.isEmpty()) {
            Paragraph choose = new Paragraph(getTranslation("training.county.choose"));
            choose.setId("training-county-choose");
            add(choose);
        } else if (!writable) {
            Paragraph readOnly = new Paragraph(getTranslation("training.readOnly"));
            readOnly.setId("training-read-only");
            add(readOnly);
        }
    }

    private HorizontalLayout navigation() {
        HorizontalLayout links = new HorizontalLayout();
        links.setId("training-nav");
        links.add(link("training-nav-catalogue", TrainingViews.CATALOGUE, "training.menu.catalogue"));
        links.add(link("training-nav-cadre", TrainingViews.CADRE, "training.menu.cadre"));
        links.add(link("training-nav-shortfall", TrainingViews.SHORTFALL, "training.menu.shortfall"));
        if (writable) {
            links.add(link("training-nav-import", TrainingViews.IMPORT, "training.menu.import"));
        }
        return links;
    }

    private Anchor link(String id, String route, String key) {
        Anchor anchor = new Anchor(route, getTranslation(key));
        anchor.setId(id);
        return anchor;
    }

    /** Shows that the county's rule overrides cannot be read, naming the values concerned. */
    protected void showUnreadableRules(UnreadableRulesException e) {
        String values = e.problems().stream().map(Problem::field).distinct().collect(Collectors.joining(", "));
        Paragraph note = new Paragraph(getTranslation("training.rules.unreadable", values));
        note.setId("training-rules-unreadable");
        add(note);
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
