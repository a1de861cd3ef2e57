package cn.zugong.core.cadre.infrastructure.lrmx;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The synthetic sample files and a few ways to spoil them. */
final class Samples {

    /** A real 1x1 PNG image. */
    static final byte[] PNG = Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4YGAAAALUASE6aDcJAAAAAElFTkSuQmCC");

    private Samples() {}

    static byte[] resource(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/lrmx/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String lrmxText() {
        return new String(resource("li-mingyuan.lrmx"), StandardCharsets.UTF_8);
    }

    static byte[] lrmx() {
        return resource("li-mingyuan.lrmx");
    }

    /** The sample .lrmx with the text of every element of that name replaced. */
    static byte[] lrmxWith(String element, String value) {
        Pattern pattern = Pattern.compile("<" + element + ">[^<]*</" + element + ">");
        String replaced = pattern.matcher(lrmxText())
                .replaceAll(Matcher.quoteReplacement("<" + element + ">" + value + "</" + element + ">"));
        return replaced.getBytes(StandardCharsets.UTF_8);
    }

    /** The problems, as "field:key", of a call that must be refused. */
    static List<String> problems(ThrowingCallable call) {
        List<String> found = new ArrayList<>();
        assertThatThrownBy(call).isInstanceOfSatisfying(InterchangeException.class, e -> e.problems()
                .forEach(p -> found.add(p.field() + ":" + p.messageKey())));
        return found;
    }
}
