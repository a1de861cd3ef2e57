package cn.zugong.core.selection.domain;

import java.util.Arrays;
import java.util.List;

/** A gate result's message arguments as one column: joined by the unit separator, which no text holds. */
public final class GateArgs {

    private static final String SEPARATOR = "\u001f";

    private GateArgs() {}

    public static String join(List<String> args) {
        return args.isEmpty() ? null : String.join(SEPARATOR, args);
    }

    public static List<String> split(String joined) {
        return joined == null ? List.of() : Arrays.asList(joined.split(SEPARATOR, -1));
    }
}
