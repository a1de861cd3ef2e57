package cn.zugong.core.plugin.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node's plugins directory as a cache of the jars in the database: a recorded jar the node lacks,
 * or holds with other bytes, is written from the database; one the database lacks is not invented.
 */
class PluginArtifactsTest {

    private static final byte[] JAR = "the jar's bytes".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void aJarInstalledOnAnotherNodeIsWrittenIntoThisNodesDirectory() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            EntityManager em = db.entityManager();
            PluginArtifacts artifacts = TestDatabase.wire(new PluginArtifacts(), "em", em);
            inTransaction(em, a -> artifacts.store("notes", "notes-1.0.0.jar", sha(JAR), JAR));

            Path jar = artifacts
                    .materialize(dir, record("notes-1.0.0.jar", sha(JAR)))
                    .orElseThrow();

            assertThat(jar).isEqualTo(dir.resolve("notes-1.0.0.jar"));
            assertThat(Files.readAllBytes(jar)).isEqualTo(JAR);
            assertThat(artifacts.holds("notes", sha(JAR))).isTrue();
        }
    }

    @Test
    void aCachedJarWithOtherBytesIsReplacedAndAnUnstoredOneIsNotInvented() throws Exception {
        try (TestDatabase db = new TestDatabase()) {
            EntityManager em = db.entityManager();
            PluginArtifacts artifacts = TestDatabase.wire(new PluginArtifacts(), "em", em);
            inTransaction(em, a -> artifacts.store("notes", "notes-1.0.0.jar", sha(JAR), JAR));
            Files.writeString(dir.resolve("notes-1.0.0.jar"), "tampered");

            artifacts.materialize(dir, record("notes-1.0.0.jar", sha(JAR)));
            assertThat(Files.readAllBytes(dir.resolve("notes-1.0.0.jar"))).isEqualTo(JAR);

            inTransaction(em, a -> artifacts.remove("notes"));
            Files.delete(dir.resolve("notes-1.0.0.jar"));
            assertThat(artifacts.materialize(dir, record("notes-1.0.0.jar", sha(JAR))))
                    .isEmpty();
            assertThat(List.of(dir.toFile().list())).isEmpty();
        }
    }

    private static void inTransaction(EntityManager em, Consumer<EntityManager> work) {
        em.getTransaction().begin();
        work.accept(em);
        em.getTransaction().commit();
    }

    private static PluginRecord record(String jarFile, String sha) {
        PluginRecord record = new PluginRecord("notes", "platform-sysadmin", Instant.now());
        record.describe(
                new PluginManifest("notes", "1.0.0", "", "", "", "", List.of(), List.of()), jarFile, sha, "bundled");
        record.change(PluginState.ENABLED, null, "platform-sysadmin", Instant.now());
        return record;
    }

    private static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
