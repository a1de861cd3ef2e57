package cn.zugong.deployment.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A vendor's plugin project generated from the platform's archetype outside this build, built
 * with Maven in its own process as a vendor builds it, and resolving the platform's artifacts
 * ({@code cn.zugong:*}) only where a vendor resolves them: the vendor repository the running portal
 * serves at {@code /sdk/maven/} (platform/sdk-repository), declared in a settings file as the
 * vendor guide says.
 *
 * <p>Maven runs with a local repository of its own, empty at the start, so nothing of
 * {@code cn.zugong} that an earlier build installed can stand in. Third-party artifacts (Maven's
 * plugins, Vaadin, Hibernate …) come from a read-only tail ({@code maven.repo.local.tail}): a
 * tree of links into the user's local repository that leaves out {@code cn/zugong}. A vendor
 * downloads them from Maven Central; this machine reaches only part of Central, and copying the
 * cache would cost minutes, so the tail stands in for Central, and Central (through the
 * repository's mirror) for anything the tail lacks. What the build took from where is checked
 * afterwards: every {@code cn.zugong} artifact in the local repository came from the vendor
 * repository ({@link #platformArtifactsOrigins()}).
 */
final class VendorProject {

    static final String GROUP = "com.acme";
    static final String ARTIFACT = "acme-notes";
    static final String PLUGIN_ID = "notes";

    /** The archetype plugin the guide names, pinned as the platform's build pins it (zugong-sdk-parent). */
    static final String ARCHETYPE_PLUGIN = "org.apache.maven.plugins:maven-archetype-plugin:3.4.1";

    /** The id the guide's settings give the vendor repository. */
    static final String REPOSITORY_ID = "zugong-sdk";

    final Path dir;

    private VendorProject(Path dir) {
        this.dir = dir;
    }

    /** Runs {@code archetype:generate} into an empty directory under target. */
    static VendorProject generate() throws Exception {
        Path parent = Files.createDirectories(
                FullStack.emptyDirectory(FullStack.moduleDir().resolve("target/vendor")));
        Files.createDirectories(localRepository());
        thirdPartyTail();
        writeSettings();
        maven(
                parent,
                List.of(
                        ARCHETYPE_PLUGIN + ":generate",
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

    /**
     * Where each {@code cn.zugong} artifact in the build's local repository came from: its path
     * (group/artifact/version/file) to the repository ids Maven recorded for it.
     */
    static Map<String, String> platformArtifactsOrigins() throws IOException {
        Path group = localRepository().resolve("cn/zugong");
        Map<String, String> origins = new TreeMap<>();
        if (!Files.isDirectory(group)) {
            return origins;
        }
        try (Stream<Path> files = Files.walk(group)) {
            for (Path record : files.filter(f -> f.getFileName().toString().equals("_remote.repositories"))
                    .toList()) {
                for (String line : Files.readAllLines(record)) {
                    int eq = line.indexOf('=');
                    if (!line.startsWith("#") && line.contains(">") && eq > 0) {
                        String file = line.substring(0, line.indexOf('>'));
                        origins.put(
                                group.relativize(record.resolveSibling(file)).toString(),
                                line.substring(line.indexOf('>') + 1, eq));
                    }
                }
            }
        }
        return origins;
    }

    /** The vendor repository's URL on the running portal. */
    static String repositoryUrl() {
        return FullStack.portalUrl() + "sdk/maven/";
    }

    static String platformVersion() {
        return System.getProperty("zugong.it.sdk-version", "1.2.0");
    }

    private static Path vendorDir() {
        return FullStack.moduleDir().resolve("target/vendor");
    }

    private static Path localRepository() {
        return vendorDir().resolve("m2");
    }

    /** The user's local repository without {@code cn/zugong}, as links (nothing copied). */
    private static Path thirdPartyTail() throws IOException {
        Path cache = Path.of(
                System.getProperty("zugong.it.local-repository", System.getProperty("user.home") + "/.m2/repository"));
        Path tail = Files.createDirectories(vendorDir().resolve("third-party"));
        try (Stream<Path> entries = Files.list(cache)) {
            for (Path entry : entries.toList()) {
                Path name = entry.getFileName();
                if (name.toString().equals("cn") && Files.isDirectory(entry)) {
                    Path cn = Files.createDirectories(tail.resolve(name));
                    try (Stream<Path> groups = Files.list(entry)) {
                        for (Path g : groups.filter(
                                        g -> !g.getFileName().toString().equals("zugong"))
                                .toList()) {
                            Files.createSymbolicLink(cn.resolve(g.getFileName()), g);
                        }
                    }
                } else {
                    Files.createSymbolicLink(tail.resolve(name), entry);
                }
            }
        }
        return tail;
    }

    /** The vendor guide's settings: the vendor repository, and everything else from Central. */
    private static void writeSettings() throws IOException {
        Files.writeString(
                vendorDir().resolve("settings.xml"),
                """
                <settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
                  <mirrors>
                    <mirror>
                      <id>central-only</id>
                      <mirrorOf>*,!%1$s</mirrorOf>
                      <url>https://repo.maven.apache.org/maven2</url>
                    </mirror>
                  </mirrors>
                  <profiles>
                    <profile>
                      <id>zugong</id>
                      <repositories>
                        <repository>
                          <id>%1$s</id>
                          <url>%2$s</url>
                        </repository>
                      </repositories>
                    </profile>
                  </profiles>
                  <activeProfiles>
                    <activeProfile>zugong</activeProfile>
                  </activeProfiles>
                </settings>
                """
                        .formatted(REPOSITORY_ID, repositoryUrl()));
    }

    private static void maven(Path workDir, List<String> args) throws Exception {
        Path root = FullStack.moduleDir().getParent();
        List<String> command = new ArrayList<>(List.of(
                root.resolve("mvnw").toString(),
                "-B",
                "-q",
                "-s",
                vendorDir().resolve("settings.xml").toString(),
                "-Dmaven.repo.local=" + localRepository(),
                "-Dmaven.repo.local.tail=" + vendorDir().resolve("third-party")));
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
