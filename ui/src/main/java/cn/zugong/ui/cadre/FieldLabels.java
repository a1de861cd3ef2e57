package cn.zugong.ui.cadre;

import com.vaadin.flow.component.Component;

/**
 * The label of an item named in an import problem: an element path of the file
 * ({@code JiaTingChengYuan/Item[2]/ChuShengRiQi}) or a field of the cadre file ({@code birthDate}).
 * Each segment is translated when the bundles know it ({@code lrmx.field.<element>} or
 * {@code cadre.field.<field>}), else shown as it is.
 */
final class FieldLabels {

    private FieldLabels() {}

    static String of(Component component, String field) {
        if (field == null || field.isBlank()) {
            return "";
        }
        StringBuilder label = new StringBuilder();
        for (String segment : field.split("/")) {
            String name = segment.replaceAll("\\[(\\d+)]$", "");
            String index = segment.length() > name.length() ? segment.substring(name.length()) : "";
            if (!label.isEmpty()) {
                label.append(" / ");
            }
            label.append(translated(component, name)).append(index);
        }
        return label.toString();
    }

    private static String translated(Component component, String name) {
        for (String key : new String[] {"lrmx.field." + name, "cadre.field." + name}) {
            String text = component.getTranslation(key);
            if (!text.contains(key)) {
                return text;
            }
        }
        return name;
    }
}
