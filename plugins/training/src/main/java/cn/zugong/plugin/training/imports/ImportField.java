package cn.zugong.plugin.training.imports;

import cn.zugong.plugin.training.TrainingRules;

/**
 * A column of an online platform's export. Its header names are the rule value {@code
 * import.columns.<key>}. Labels: {@code training.import.field.<NAME>}.
 */
public enum ImportField {
    NAME("name", true),
    IDENTITY("identity", true),
    COURSE("course", true),
    HOURS("hours", true),
    DATE("date", true),
    /** Training days; without the column (or a value) a row is taken as one day's study. */
    DAYS("days", false);

    private final String key;
    private final boolean required;

    ImportField(String key, boolean required) {
        this.key = key;
        this.required = required;
    }

    /** The rule key of the column's header names. */
    public String ruleKey() {
        return TrainingRules.IMPORT_COLUMNS_PREFIX + key;
    }

    public boolean required() {
        return required;
    }

    public String messageKey() {
        return "training.import.field." + name();
    }
}
