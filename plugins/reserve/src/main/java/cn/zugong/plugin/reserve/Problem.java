package cn.zugong.plugin.reserve;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Something wrong with what a user entered or asked for: the field it concerns and a message key of
 * the reserve bundle with its arguments, as text. Checks return problems; they never throw for user
 * input.
 *
 * @param field the field or rule key concerned; empty when the problem concerns the whole thing
 * @param key message key, prefixed {@code reserve.}
 * @param args the message's arguments, as text
 */
public record Problem(String field, String key, List<String> args) {

    public Problem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Problem of(String field, String key, Object... args) {
        return new Problem(field, key, Arrays.stream(args).map(String::valueOf).toList());
    }
}
