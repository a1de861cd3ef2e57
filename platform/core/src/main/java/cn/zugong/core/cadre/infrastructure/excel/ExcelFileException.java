package cn.zugong.core.cadre.infrastructure.excel;

import java.util.List;

/**
 * A workbook refused as a whole before any row is checked: not an .xlsx file, encrypted, too
 * large, too many rows, a missing column. Carries a message key of the portal's bundles and its
 * arguments.
 */
public class ExcelFileException extends RuntimeException {

    private final String messageKey;
    private final List<Object> args;

    public ExcelFileException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public ExcelFileException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
