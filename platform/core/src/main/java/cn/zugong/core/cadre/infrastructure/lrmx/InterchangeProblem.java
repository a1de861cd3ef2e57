package cn.zugong.core.cadre.infrastructure.lrmx;

import java.util.Arrays;
import java.util.List;

/**
 * One thing wrong with an interchange file.
 *
 * @param file the file's name (or the archive entry's path)
 * @param field the .lrmx element the problem is about, such as {@code ChuShengNianYue} or {@code
 *     JiaTingChengYuan/Item[2]/ChuShengRiQi}; empty when it is about the whole file
 * @param messageKey the key of the message in the portal's bundles
 * @param args the {@link java.text.MessageFormat} arguments of the message
 */
public record InterchangeProblem(String file, String field, String messageKey, List<Object> args) {

    public InterchangeProblem {
        args = List.copyOf(args);
    }

    static InterchangeProblem of(String file, String field, ProblemKey key, Object... args) {
        return new InterchangeProblem(file, field, key.key(), Arrays.asList(args));
    }

    static InterchangeProblem of(String file, ProblemKey key, Object... args) {
        return of(file, "", key, args);
    }
}
