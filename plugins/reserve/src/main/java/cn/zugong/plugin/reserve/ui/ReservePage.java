package cn.zugong.plugin.reserve.ui;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.service.Counties;
import cn.zugong.plugin.reserve.service.UnreadableRulesException;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What the reserve pages share: the plugin's context, the county shown (the writable one, or the
 * one a supervisor picked), whether it may be changed, the title and the link back to the batches.
 */
abstract class ReservePage extends VerticalLayout implements HasDynamicTitle {

    /** The tiers the bundles name; a county's own tiers are shown by their code. */
    private static final Set<String> NAMED_TIERS = Set.of("PRINCIPAL", "DEPUTY");

    protected final PluginContext context = PluginContext.of(getClass());
    protected final Optional<TenantId> county = Counties.shown(context.tenancy());
    protected final boolean writable =
            county.map(c -> Counties.writable(context.tenancy(), c)).orElse(false)
                    && context.permitted(ReserveViews.MANAGE);
    private final String titleKey;

    ReservePage(String id, String titleKey) {
        this.titleKey = titleKey;
        setId(id);
        Anchor batches = new Anchor(ReserveViews.BATCHES, getTranslation("reserve.menu.batches"));
        batches.setId("reserve-nav-batches");
        add(new H2(getTranslation(titleKey)), batches);
        if (county.isEmpty()) {
            note("reserve-county-choose", "reserve.county.choose");
        } else if (!writable) {
            note("reserve-read-only", "reserve.readOnly");
        }
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
        note("reserve-rules-unreadable", "reserve.rules.unreadable", values);
    }

    protected String text(List<Problem> problems) {
        return problems.stream()
                .map(p -> getTranslation(p.key(), p.args().toArray()))
                .collect(Collectors.joining(" "));
    }

    protected String tierLabel(String tier) {
        return NAMED_TIERS.contains(tier) ? getTranslation("reserve.tier." + tier) : tier;
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey);
    }
}
