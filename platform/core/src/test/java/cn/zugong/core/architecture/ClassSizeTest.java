package cn.zugong.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No source file of the core's main code runs past {@value #MAX_LINES} lines: a class that long
 * holds more than one responsibility and is no longer read whole. Generated code lives under
 * {@code target}, never under {@code src/main/java}, so it is not counted.
 */
class ClassSizeTest {

    static final int MAX_LINES = 400;

    @Test
    void noClassOfTheCoreRunsPastFourHundredLines() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> tooLong;
        try (Stream<Path> files = Files.walk(sources)) {
            tooLong = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> lines(f) > MAX_LINES)
                    .map(f -> sources.relativize(f).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
        assertThat(tooLong).as("classes over %d lines", MAX_LINES).isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
