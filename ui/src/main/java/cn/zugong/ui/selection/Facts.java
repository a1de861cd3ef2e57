package cn.zugong.ui.selection;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** What is recorded, as label and value lines; each value has an id. Empty values are left out. */
class Facts extends Div {

    Facts() {
        addClassName("selection-facts");
        getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "max-content 1fr")
                .set("gap", "var(--lumo-space-xs) var(--lumo-space-l)");
    }

    Facts line(String id, String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return this;
        }
        Span label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        Span text = new Span(value);
        text.setId(id);
        text.getStyle().set("white-space", "pre-wrap");
        add(label, text);
        return this;
    }

    Facts line(String id, String labelKey, Object value) {
        return line(id, labelKey, value == null ? null : value.toString());
    }

    boolean isEmpty() {
        return getChildren().findAny().isEmpty();
    }
}
