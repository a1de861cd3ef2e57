package cn.zugong.ui.plugin;

import cn.zugong.api.view.Widgets;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.tenant.Tenant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * To whom a plugin is offered ({@code plugin-offers-dialog}): every tenant ({@code offers-all}) or
 * the counties picked ({@code offers-tenants}), saved by {@code offers-save}. A county decides
 * itself whether to enable what it is offered.
 */
class OffersDialog extends Dialog {

    /** What the platform-sysadmin chose. */
    record Offer(boolean all, Set<String> tenants) {}

    final Checkbox all = new Checkbox();
    final MultiSelectComboBox<String> tenants = Widgets.multiSelectComboBox();
    final Button save = new Button();

    /**
     * @param onSave offers the plugin; answers whether it was saved (the dialog stays open otherwise)
     */
    OffersDialog(PluginRecord record, Set<String> offered, List<Tenant> directory, Predicate<Offer> onSave) {
        setId("plugin-offers-dialog");
        setHeaderTitle(getTranslation("plugin.offers.title", record.pluginId()));
        setWidth("min(40rem, 95vw)");
        Map<String, String> counties = new LinkedHashMap<>();
        directory.stream()
                .filter(t -> PlatformPluginsView.county(t.id().code()))
                .forEach(t -> counties.put(t.id().code(), t.name(getLocale())));
        all.setLabel(getTranslation("plugin.offers.all"));
        all.setId("offers-all");
        all.setValue(record.offeredToAll());
        tenants.setId("offers-tenants");
        tenants.setLabel(getTranslation("plugin.offers.tenants"));
        tenants.setWidthFull();
        tenants.setItems(counties.keySet());
        tenants.setItemLabelGenerator(code -> counties.get(code) + " (" + code + ")");
        tenants.setValue(offered.stream().filter(counties::containsKey).toList());
        tenants.setEnabled(!record.offeredToAll());
        all.addValueChangeListener(change -> tenants.setEnabled(!change.getValue()));
        Paragraph hint = new Paragraph(getTranslation("plugin.offers.hint"));
        hint.getStyle().set("color", "var(--lumo-secondary-text-color)");
        VerticalLayout content = new VerticalLayout(hint, all, tenants);
        content.setPadding(false);
        add(content);

        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("offers-cancel");
        save.setText(getTranslation("action.save"));
        save.setId("offers-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            boolean everyone = all.getValue();
            if (onSave.test(new Offer(everyone, everyone ? Set.of() : Set.copyOf(tenants.getValue())))) {
                close();
            }
        });
        getFooter().add(cancel, save);
    }
}
