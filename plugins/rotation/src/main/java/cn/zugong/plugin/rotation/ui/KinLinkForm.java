package cn.zugong.plugin.rotation.ui;

import cn.zugong.api.cadre.CadreFilter;
import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.cadre.CadreSort;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.avoidance.Kinship;
import cn.zugong.plugin.rotation.service.KinService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Two cadres of the county an officer records as relatives, where the files do not show it (a
 * family member who is also a cadre, entered under another unit's name): the next scan checks the
 * pair like one found on the files (V-E2). The cadres are picked from the county's cadres in office,
 * a page at a time by name, pinyin or initials.
 */
final class KinLinkForm extends VerticalLayout {

    private final KinService kin;
    private final TenantId county;
    private final ComboBox<CadreRef> cadre;
    private final ComboBox<CadreRef> relative;
    private final ComboBox<Kinship> kinship = new ComboBox<>();
    private final Paragraph outcome = new Paragraph();

    KinLinkForm(PluginContext context, TenantId county) {
        this.kin = new KinService(context);
        this.county = county;
        setId("rotation-kin");
        setPadding(false);
        cadre = picker(context, "rotation-kin-cadre", "rotation.kin.cadre");
        relative = picker(context, "rotation-kin-relative", "rotation.kin.relative");
        kinship.setId("rotation-kin-kinship");
        kinship.setLabel(getTranslation("rotation.findings.kinship"));
        kinship.setItems(Kinship.values());
        kinship.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        Button record = new Button(getTranslation("rotation.kin.record"), e -> record());
        record.setId("rotation-kin-record");
        outcome.setId("rotation-kin-outcome");
        add(
                new H3(getTranslation("rotation.kin.title")),
                new HorizontalLayout(cadre, relative, kinship, record),
                outcome);
    }

    private ComboBox<CadreRef> picker(PluginContext context, String id, String labelKey) {
        ComboBox<CadreRef> picker = new ComboBox<>(getTranslation(labelKey));
        picker.setId(id);
        picker.setItemLabelGenerator(
                c -> c.name() + c.unitName().map(u -> " (" + u + ")").orElse(""));
        picker.setItems(query -> context
                .cadres()
                .page(
                        CadreFilter.ACTIVE.withSearch(query.getFilter().orElse("")),
                        CadreSort.NAME,
                        true,
                        query.getOffset(),
                        query.getLimit())
                .stream());
        return picker;
    }

    private void record() {
        if (cadre.getValue() == null || relative.getValue() == null || kinship.getValue() == null) {
            outcome.setText(getTranslation("rotation.kin.chooseAll"));
            return;
        }
        List<Problem> problems =
                kin.record(county, cadre.getValue().id(), relative.getValue().id(), kinship.getValue());
        outcome.setText(
                problems.isEmpty()
                        ? getTranslation(
                                "rotation.kin.recorded",
                                cadre.getValue().name(),
                                relative.getValue().name())
                        : problems.stream()
                                .map(p -> getTranslation(p.key(), p.args().toArray()))
                                .collect(Collectors.joining(" ")));
    }
}
