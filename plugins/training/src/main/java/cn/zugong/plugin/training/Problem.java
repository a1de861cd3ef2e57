package cn.zugong.plugin.training;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong with what a user entered or asked for: the field it concerns and a message key of
 * the training bundle with its arguments, as text. Checks return problems; they never throw for
 * user input.
 *
 * @param field the name of the field concerned (a record component or rule key); empty when the
 *     problem concerns the whole thing
 * @param key message key, prefixed {@code training.}
 * @param args the message's arguments, as text
 */
public record Problem(String field, String key, List<String> args) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    /** A problem whose arguments are written as text (decimals without exponent). */
    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, Arrays.stream(args).map(Problem::text).toList());
    }

    static String text(Object value) {
        return value instanceof BigDecimal decimal
                ? decimal.stripTrailingZeros().toPlainString()
                : String.valueOf(value);
    }
}
