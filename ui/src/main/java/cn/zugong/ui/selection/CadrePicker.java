package cn.zugong.ui.selection;

import cn.zugong.api.view.Widgets;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/** Cadre pickers with lazy search by name or pinyin, each cadre shown with the current post. */
final class CadrePicker {

    private CadrePicker() {}

    static ComboBox<CadreSearch.Option> single(CadreSearch search) {
        ComboBox<CadreSearch.Option> box = new ComboBox<>();
        box.setItems(query -> search.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        box.setItemLabelGenerator(option -> label(box, option));
        box.setClearButtonVisible(true);
        return box;
    }

    static MultiSelectComboBox<CadreSearch.Option> multiple(CadreSearch search) {
        MultiSelectComboBox<CadreSearch.Option> box = Widgets.multiSelectComboBox();
        box.setItems(query -> search.find(query.getFilter().orElse(""), query.getOffset(), query.getLimit()).stream());
        box.setItemLabelGenerator(option -> label(box, option));
        box.setClearButtonVisible(true);
        return box;
    }

    static String label(Component owner, CadreSearch.Option option) {
        return option.post().isEmpty()
                ? option.name()
                : owner.getTranslation("selection.cadre.option", option.name(), option.post());
    }
}
