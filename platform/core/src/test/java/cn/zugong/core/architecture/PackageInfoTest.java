package cn.zugong.core.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package of the core's main code under {@code cn.zugong.core} has a {@code package-info.java} saying in a line or two
 * what lives there, so a reader finds the layer and the feature a class belongs to before opening
 * it.
 */
class PackageInfoTest {

    @Test
    void everyPackageOfTheCoreSaysWhatLivesThere() throws IOException {
        Path sources = Path.of("src/main/java");
        List<String> undescribed;
        try (Stream<Path> dirs = Files.walk(sources.resolve("cn/zugong/core"))) {
            undescribed = dirs.filter(Files::isDirectory)
                    .filter(PackageInfoTest::holdsClasses)
                    .filter(dir -> !Files.isRegularFile(dir.resolve("package-info.java")))
                    .map(dir -> sources.relativize(dir)
                            .toString()
                            .replace('\\', '.')
                            .replace('/', '.'))
                    .sorted()
                    .toList();
        }
        assertThat(undescribed).as("packages without package-info.java").isEmpty();
    }

    private static boolean holdsClasses(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
