package cn.zugong.ui.selection;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;

/**
 * Translated labels of the selection enums: {@code selection.<type>.<CONSTANT>} with type kind,
 * step, status, body, method, opinion, outcome or result; and dates as the portal writes them.
 */
final class SelectionLabels {

    private SelectionLabels() {}

    static String of(Component component, String type, Enum<?> value) {
        return value == null ? "" : component.getTranslation("selection." + type + "." + value.name());
    }

    static String kind(Component component, Enum<?> kind) {
        return of(component, "kind", kind);
    }

    static String step(Component component, Enum<?> step) {
        return of(component, "step", step);
    }

    static String status(Component component, Enum<?> status) {
        return of(component, "status", status);
    }

    static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String yesNo(Component component, boolean value) {
        return component.getTranslation(value ? "selection.yes" : "selection.no");
    }
}
