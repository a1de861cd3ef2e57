package cn.zugong.ui.cadre;

import com.vaadin.flow.component.Component;
import java.util.Locale;

/** Translated labels of coded values: key {@code cadre.<type-in-kebab-case>.<CONSTANT>}. */
public final class Labels {

    private Labels() {}

    public static String key(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return "cadre." + type.replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + "." + value.name();
    }

    public static String of(Component component, Enum<?> value) {
        return value == null ? "" : component.getTranslation(key(value));
    }
}
