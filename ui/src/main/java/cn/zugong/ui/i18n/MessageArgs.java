package cn.zugong.ui.i18n;

import cn.zugong.core.validation.Problem;
import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Messages whose arguments may be message keys themselves. An argument starting with {@code @}
 * names a key, or several keys joined by {@code ", "} (a gate listing what is missing, a problem
 * naming a step); each is translated before the message is formatted, several joined by the
 * language's list separator ({@code list.separator}). Other arguments are formatted as they are.
 */
public final class MessageArgs {

    /** Marks an argument that is a message key. */
    public static final String KEY_MARK = "@";

    private static final String JOINED = ", ";

    private MessageArgs() {}

    /** The message in the component's language, its key arguments translated. */
    public static String text(Component component, String key, Object... args) {
        return component.getTranslation(key, translated(component::getTranslation, args));
    }

    public static String text(Component component, String key, List<?> args) {
        return text(component, key, args.toArray());
    }

    /** A service's refusal in words. */
    public static String text(Component component, Problem problem) {
        return text(component, problem.messageKey(), problem.messageArgs());
    }

    /** The arguments with every key argument replaced by its translation. */
    public static Object[] translated(Function<String, String> translate, Object... args) {
        Object[] result = args.clone();
        for (int i = 0; i < result.length; i++) {
            if (result[i] instanceof String text && text.startsWith(KEY_MARK)) {
                result[i] = keys(translate, text);
            }
        }
        return result;
    }

    private static String keys(Function<String, String> translate, String joined) {
        return Arrays.stream(joined.split(JOINED))
                .map(String::strip)
                .map(part -> part.startsWith(KEY_MARK) ? translate.apply(part.substring(KEY_MARK.length())) : part)
                .collect(Collectors.joining(translate.apply("list.separator")));
    }
}
