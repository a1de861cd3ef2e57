package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import com.vaadin.flow.component.combobox.ComboBox;
import java.util.Optional;

/** The registry's cadres as the pages show and choose them. */
final class Cadres {

    private Cadres() {}

    /** A cadre with unit and post, as lists show it. */
    static String label(CadreRef cadre) {
        String where = cadre.unitName().orElse("")
                + cadre.postTitle().map(p -> " " + p).orElse("");
        return where.isBlank() ? cadre.name() : cadre.name() + " (" + where.strip() + ")";
    }

    static String name(Optional<CadreRef> cadre) {
        return cadre.map(CadreRef::name).orElse("");
    }

    /** A box choosing one of the county's cadres in office. */
    static ComboBox<CadreRef> chooser(PluginContext context, String id, String label) {
        ComboBox<CadreRef> box = new ComboBox<>(label);
        box.setId(id);
        box.setItems(context.cadres().active());
        box.setItemLabelGenerator(Cadres::label);
        box.setWidth("24em");
        return box;
    }
}
