package cn.zugong.core.plugin.infrastructure;

/** A plugin could not be started (or was stopped because it failed); the message key explains why. */
public class PluginFailure extends RuntimeException {

    private final String messageKey;

    public PluginFailure(String messageKey, String detail, Throwable cause) {
        super(detail, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message kept on the plugin's record: key and detail. */
    public String recorded() {
        return messageKey + (getMessage() == null ? "" : ": " + getMessage());
    }
}
