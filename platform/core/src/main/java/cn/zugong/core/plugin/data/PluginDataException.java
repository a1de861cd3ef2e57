package cn.zugong.core.plugin.data;

/** A plugin's tables could not be migrated, checked or mapped. */
public class PluginDataException extends RuntimeException {

    private final String messageKey;

    public PluginDataException(String messageKey, String detail, Throwable cause) {
        super(detail, cause);
        this.messageKey = messageKey;
    }

    /** The translated reason, with the detail as {0}. */
    public String messageKey() {
        return messageKey;
    }
}
