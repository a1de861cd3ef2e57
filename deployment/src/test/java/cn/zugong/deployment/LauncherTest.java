package cn.zugong.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.testkit.StackSettings;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's environment as the server's settings: the reports' replica (README, "Configuration"). */
class LauncherTest {

    private static final String PRIMARY = "jdbc:postgresql://db:5432/zugong";
    private static final String REPLICA = "jdbc:postgresql://replica:5432/zugong";

    @TempDir
    Path data;

    private StackSettings settings(Map<String, String> env) {
        return Launcher.settings(data.resolve("deployment"), data.resolve(".data"), env, 0, 8180);
    }

    @Test
    void theReplicasUrlReachesTheServerBesideThePrimarys() {
        StackSettings settings = settings(Map.of(
                "ZUGONG_DB_URL", PRIMARY,
                "ZUGONG_DB_USER", "zugong_app",
                "ZUGONG_DB_REPLICA_URL", REPLICA,
                "ZUGONG_OIDC_URL", "https://sso.example.cn/realms/zugong",
                "ZUGONG_OIDC_SECRET", "s"));

        assertThat(settings.systemProperties())
                .containsEntry("zugong.db.url", PRIMARY)
                .containsEntry("zugong.db.replica-url", REPLICA);
    }

    @Test
    void withoutAReplicaTheReportsReadThePrimary() {
        StackSettings settings = settings(Map.of(
                "ZUGONG_DB_URL", PRIMARY,
                "ZUGONG_OIDC_URL", "https://sso.example.cn/realms/zugong",
                "ZUGONG_OIDC_SECRET", "s"));

        // configure.cli: the reports' data source falls back to zugong.db.url.
        assertThat(settings.systemProperties()).doesNotContainKey("zugong.db.replica-url");
    }

    @Test
    void aReplicaWithoutItsPrimaryIsRefused() {
        assertThatThrownBy(() -> settings(Map.of("ZUGONG_DB_REPLICA_URL", REPLICA)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ZUGONG_DB_URL");
    }
}
