package cn.zugong.ui.rules;

import cn.zugong.core.plugin.rules.CountyRulePack;
import cn.zugong.core.plugin.rules.CountyRules;
import cn.zugong.core.plugin.rules.RuleChange;
import cn.zugong.ui.access.Access;
import cn.zugong.ui.access.AccessRule;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.menu.MenuEntry;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * The county's rule values (guizecanshu) of its enabled modules ({@code rules-pack}, {@code
 * rules-grid}): per key the national and provincial values in force, the county's own and the
 * result. The county's tenant-admin changes the county's values, which the module checks first;
 * officers of the county and a supervisor reading one county see them, as the working-day
 * calendar is shown. Everyone else is refused here and again by the service.
 */
@Access(RulesView.Readers.class)
@MenuEntry(label = "nav.rules", icon = VaadinIcon.SLIDERS, order = 100)
@Route(value = "admin/rules", layout = MainLayout.class)
public class RulesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<CountyRulePack> pack = new Select<>();
    final RulesGrid grid;

    private final CountyRules rules;

    @Inject
    RulesView(CountyRules rules, RuleChange change) {
        this.rules = rules;
        this.grid = new RulesGrid(change, this::refresh);
        pack.setId("rules-pack");
        pack.setItemLabelGenerator(p -> RuleTexts.pack(this, p));
        pack.addValueChangeListener(picked -> {
            if (picked.getValue() != null) {
                grid.show(picked.getValue(), CountyRules.mayEdit());
            }
        });
    }

    /** Tenant-admins (who change the county's values), officers and supervisors (who read them). */
    public static boolean mayOpen() {
        return CountyRules.mayRead();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    void show() {
        removeAll();
        setSizeFull();
        add(new H2(getTranslation("rules.title")));
        add(hint(CountyRules.mayEdit() ? "rules.hint.edit" : "rules.hint.read", "rules-hint"));
        if (CountyRules.county().isEmpty()) {
            add(hint("rules.pickTenant", "rules-pick-tenant"));
            return;
        }
        List<CountyRulePack> packs = rules.packs();
        if (packs.isEmpty()) {
            add(hint("rules.none", "rules-none"));
            return;
        }
        pack.setLabel(getTranslation("rules.pack.label"));
        pack.setItems(packs);
        pack.setValue(packs.getFirst());
        add(pack, grid);
    }

    /** Reads the packs again after a change, staying on the pack shown. */
    void refresh() {
        String shown =
                Optional.ofNullable(pack.getValue()).map(CountyRulePack::packId).orElse("");
        String plugin = Optional.ofNullable(pack.getValue())
                .map(CountyRulePack::pluginId)
                .orElse("");
        List<CountyRulePack> packs = rules.packs();
        pack.setItems(packs);
        pack.setValue(packs.stream()
                .filter(p -> p.packId().equals(shown) && p.pluginId().equals(plugin))
                .findFirst()
                .orElse(packs.isEmpty() ? null : packs.getFirst()));
    }

    private Paragraph hint(String key, String id) {
        Paragraph hint = new Paragraph(getTranslation(key));
        hint.setId(id);
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        return hint;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("rules.title");
    }

    /** Who may open this page: see {@link #mayOpen}. */
    public static final class Readers implements AccessRule {
        @Override
        public boolean permits() {
            return mayOpen();
        }
    }
}
