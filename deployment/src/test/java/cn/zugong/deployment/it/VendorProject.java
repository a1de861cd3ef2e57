package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A vendor's plugin project generated from the platform's archetype outside this build, built
 * with Maven in its own process as a vendor builds it (the platform's artifacts come from the
 * local repository, where the test command's {@code install} put them).
 */
final class VendorProject {

    static final String GROUP = "com.acme";
    static final String ARTIFACT = "acme-notes";
    static final String PLUGIN_ID = "notes";

    final Path dir;

    private VendorProject(Path dir) {
        this.dir = dir;
    }

    /** Runs {@code archetype:generate} into an empty directory under target. */
    static VendorProject generate() throws Exception {
        Path parent = Files.createDirectories(
                FullStack.emptyDirectory(FullStack.moduleDir().resolve("target/vendor")));
        maven(
                parent,
                List.of(
                        "archetype:generate",
                        "-DarchetypeGroupId=cn.zugong",
                        "-DarchetypeArtifactId=zugong-plugin-archetype",
                        "-DarchetypeVersion=" + platformVersion(),
                        "-DgroupId=" + GROUP,
                        "-DartifactId=" + ARTIFACT,
                        "-Dversion=1.0.0",
                        "-Dpackage=com.acme.notes",
                        "-DpluginId=" + PLUGIN_ID,
                        "-DpluginProvider=Acme"));
        Path dir = parent.resolve(ARTIFACT);
        assertThat(dir.resolve("pom.xml")).isRegularFile();
        return new VendorProject(dir);
    }

    /** Runs Maven on the project with the given goals and properties. */
    void build(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("-f", dir.resolve("pom.xml").toString()));
        all.addAll(List.of(args));
        maven(dir.getParent(), all);
    }

    /** The built plugin jar, copied aside under a name of its own. */
    Path keep(String name) throws IOException {
        try (var files = Files.list(dir.resolve("target"))) {
            Path jar = files.filter(f -> f.getFileName().toString().matches(ARTIFACT + "-[^-]+(-SNAPSHOT)?\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no plugin jar in target"));
            Path kept = dir.getParent().resolve(name);
            Files.copy(jar, kept, StandardCopyOption.REPLACE_EXISTING);
            return kept;
        }
    }

    void setVersion(String version) throws IOException {
        Path pom = dir.resolve("pom.xml");
        String text = Files.readString(pom);
        Files.writeString(
                pom,
                text.replaceFirst(
                        "(<artifactId>" + ARTIFACT + "</artifactId>\\s*<version>)[^<]+(</version>)",
                        "$1" + version + "$2"));
    }

    void addMigration(String name, String sql) throws IOException {
        Path file = dir.resolve("src/main/resources/db/plugin/" + PLUGIN_ID + "/" + name);
        Files.writeString(file, sql);
    }

    private static String platformVersion() {
        return System.getProperty("zugong.it.platform-version", "0.1.0-SNAPSHOT");
    }

    private static void maven(Path workDir, List<String> args) throws Exception {
        Path root = FullStack.moduleDir().getParent();
        List<String> command = new ArrayList<>(List.of(
                root.resolve("mvnw").toString(),
                "-B",
                "-q",
                "-s",
                root.resolve(".mvn/settings.xml").toString()));
        command.addAll(args);
        Path log = Files.createTempFile("vendor-maven", ".log");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("Maven did not finish: " + command);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        if (process.exitValue() != 0) {
            throw new AssertionError("Maven failed: " + String.join(" ", command) + "\n" + output);
        }
    }
}
