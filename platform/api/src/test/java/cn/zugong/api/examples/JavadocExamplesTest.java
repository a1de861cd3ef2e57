package cn.zugong.api.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Javadoc example of the SDK is compiled: it is a hybrid {@code {@snippet}} naming a region
 * of a class in {@code cn.zugong.api.snippets} (test sources, so they compile with the tests), and
 * the Javadoc tool, which builds the SDK's Javadoc jar at {@code package}, fails when the inline text
 * differs from that region. This test keeps the rule from being walked around: no example in a
 * {@code <pre>{@code …}</pre>} block (which nothing compiles), and no snippet naming a region that
 * does not exist. The one SQL example ({@code lang=sql}) is the only inline snippet allowed.
 */
class JavadocExamplesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path SNIPPETS = Path.of("src/test/java");
    private static final Pattern SNIPPET = Pattern.compile("\\{@snippet([^:\\n]*):?");
    private static final Pattern EXTERNAL = Pattern.compile("class=([\\w.]+) region=([\\w-]+)");

    @Test
    void everyExampleIsARegionOfACompiledSnippetClass() throws IOException {
        List<String> problems = new ArrayList<>();
        int compiled = 0;
        for (Path source : sources()) {
            String text = Files.readString(source);
            if (text.contains("<pre>{@code")) {
                problems.add(source.getFileName() + ": an example in <pre>{@code}, which nothing compiles");
            }
            Matcher snippet = SNIPPET.matcher(text);
            while (snippet.find()) {
                String attributes = snippet.group(1).strip();
                if (attributes.equals("lang=sql")) {
                    continue;
                }
                Matcher external = EXTERNAL.matcher(attributes);
                if (!external.matches()) {
                    problems.add(source.getFileName() + ": {@snippet " + attributes + "} names no class and region");
                    continue;
                }
                Path file = SNIPPETS.resolve(external.group(1).replace('.', '/') + ".java");
                if (!Files.isRegularFile(file)
                        || !Files.readString(file).contains("@start region=" + external.group(2))) {
                    problems.add(source.getFileName() + ": no region " + external.group(2) + " in " + file);
                }
                compiled++;
            }
        }
        assertThat(problems).isEmpty();
        assertThat(compiled).as("compiled examples").isGreaterThanOrEqualTo(25);
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
