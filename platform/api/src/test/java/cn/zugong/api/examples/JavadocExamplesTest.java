package cn.zugong.api.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every Javadoc example that implements an extension point ({@code class X implements Y} in a
 * {@code <pre>{@code …}</pre>} block of the SDK) declares each method the interface requires, unless
 * it says it leaves the rest out (a line of {@code ...} alone), so
 * that a vendor who copies it gets a class that compiles (the {@code AppointmentGate} example once
 * left out {@code nameKey()}).
 */
class JavadocExamplesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern BLOCK = Pattern.compile("<pre>\\{@code(.*?)}</pre>", Pattern.DOTALL);
    private static final Pattern IMPLEMENTS = Pattern.compile("class (\\w+) implements (\\w+)");

    @Test
    void everyExampleImplementsEveryRequiredMethod() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Path source : sources()) {
            Matcher block = BLOCK.matcher(Files.readString(source));
            while (block.find()) {
                String example = block.group(1).replaceAll("(?m)^\\s*\\*", "");
                Matcher implementation = IMPLEMENTS.matcher(example);
                // "..." alone on a line leaves the rest of the class out on purpose.
                boolean elided = example.lines().anyMatch(line -> line.strip().equals("..."));
                while (!elided && implementation.find()) {
                    checked++;
                    for (Method required : requiredMethods(implementation.group(2))) {
                        if (!Pattern.compile("[\\w>]\\s+" + required.getName() + "\\(")
                                .matcher(example)
                                .find()) {
                            missing.add(source.getFileName() + ": " + implementation.group(1) + " lacks "
                                    + required.getName() + "()");
                        }
                    }
                }
            }
        }
        assertThat(checked).as("examples found").isGreaterThanOrEqualTo(9);
        assertThat(missing).isEmpty();
    }

    private static List<Method> requiredMethods(String interfaceName) throws IOException {
        Path declaration = sources().stream()
                .filter(p -> p.getFileName().toString().equals(interfaceName + ".java"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No SDK type " + interfaceName));
        String className =
                SOURCES.relativize(declaration).toString().replace('/', '.').replace(".java", "");
        try {
            return Stream.of(Class.forName(className).getMethods())
                    .filter(m -> Modifier.isAbstract(m.getModifiers()))
                    .toList();
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}
