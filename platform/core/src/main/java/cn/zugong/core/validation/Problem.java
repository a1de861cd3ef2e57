package cn.zugong.core.validation;

import java.util.List;

/**
 * One reason a record was refused: the field it concerns, the message key that explains it and the
 * values the message shows ({0}, {1} ...).
 */
public record Problem(String field, String messageKey, List<Object> args) {

    public Problem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public Problem(String field, String messageKey) {
        this(field, messageKey, List.of());
    }

    /** The arguments for a translated message. */
    public Object[] messageArgs() {
        return args.toArray();
    }
}
