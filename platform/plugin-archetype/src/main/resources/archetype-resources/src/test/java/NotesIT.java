package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.testkit.PluginTestkit;
import cn.zugong.testkit.TestVendorKeys;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The built plugin on a running development platform with the demo realm: installed, offered to
 * Wenjiang (510115) only and enabled there, it reaches Wenjiang's officer and not Pidu's. Skipped
 * unless the platform is given: {@code mvn verify -Dzugong.testkit.url=http://localhost:8080}.
 */
@EnabledIfSystemProperty(named = "zugong.testkit.url", matches = "https?://.+")
class NotesIT {

    private static final String WENJIANG = "510115";

    private static PluginTestkit platform;
    private static boolean installed;

    @BeforeAll
    static void installThePlugin() {
        platform = PluginTestkit.connect();
        Path built = Path.of(System.getProperty("zugong.plugin.jar", "missing"));
        assertThat(built).as("the plugin jar (run through Maven: mvn verify)").satisfies(Files::isRegularFile);
        // A jar the vendor signed installs as it is (the vendor's certificate registered on the
        // platform); an unsigned one is signed with the testkit's test vendor key, trusted here.
        Path jar = TestVendorKeys.signedForTest(built);
        platform.trustTestVendor();

        PluginTestkit.InstalledPlugin plugin = platform.install(jar);
        installed = true;

        assertThat(plugin.id()).isEqualTo(NotesPlugin.ID);
    }

    @AfterAll
    static void uninstallThePlugin() {
        if (installed) {
            try {
                platform.disablePlatformWide(NotesPlugin.ID);
            } finally {
                platform.uninstall(NotesPlugin.ID);
            }
        }
    }

    @Test
    void enabledForWenjiangOnlyItReachesWenjiangsOfficerAndNotPidus() {
        platform.offer(NotesPlugin.ID, WENJIANG);
        platform.enable(NotesPlugin.ID, "wenjiang-admin");

        assertThat(platform.enabledPlugins("wenjiang-officer")).contains(NotesPlugin.ID);
        assertThat(platform.enabledPlugins("pidu-officer")).doesNotContain(NotesPlugin.ID);
    }
}
