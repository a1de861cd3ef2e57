package cn.zugong.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.testkit.fixture.CleanPlugin;
import cn.zugong.testkit.fixture.CorePlugin;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import org.junit.jupiter.api.Test;

class PluginArchitectureTest {

    @Test
    void aPluginClassThatUsesOnlyTheJdkPasses() {
        assertThatCode(() ->
                        PluginArchitecture.SDK_ONLY.check(new ClassFileImporter().importClasses(CleanPlugin.class)))
                .doesNotThrowAnyException();
    }

    @Test
    void aPluginClassThatUsesTheImplementationFailsNamingTheDependency() {
        assertThatThrownBy(() ->
                        PluginArchitecture.SDK_ONLY.check(new ClassFileImporter().importClasses(CorePlugin.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("CorePlugin")
                .hasMessageContaining("cn.zugong.core.fixture.CoreService")
                .hasMessageContaining("SDK (cn.zugong.api) only");
    }

    @Test
    void aPluginClassThatUsesTheTestkitInItsMainCodeFails() {
        class UsesTheTestkit {
            String pem() {
                return TestVendorKeys.certificatePem();
            }
        }
        assertThatThrownBy(() -> PluginArchitecture.NO_TESTKIT.check(
                        new ClassFileImporter().importClasses(UsesTheTestkit.class)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("TestVendorKeys");
    }

    @Test
    void checkingAPackageWithoutMainClassesSaysSo() {
        assertThatThrownBy(() -> PluginArchitecture.check("com.example.nothing.here"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("No main classes in com.example.nothing.here");
    }

    @Test
    void mainCodeIsJudgedByItsInnermostOutputFolder() {
        assertThat(PluginArchitecture.MAIN_CODE_ONLY.includes(at("file:/p/target/classes/com/acme/A.class")))
                .isTrue();
        assertThat(PluginArchitecture.MAIN_CODE_ONLY.includes(at("file:/p/target/test-classes/com/acme/ATest.class")))
                .isFalse();
        assertThat(PluginArchitecture.MAIN_CODE_ONLY.includes(
                        at("file:/a/target/test-classes/projects/basic/project/p/target/classes/com/acme/A.class")))
                .isTrue();
        assertThat(PluginArchitecture.MAIN_CODE_ONLY.includes(
                        at("file:/p/build/classes/java/test/com/acme/ATest.class")))
                .isFalse();
        assertThat(PluginArchitecture.MAIN_CODE_ONLY.includes(at("jar:file:/r/acme.jar!/com/acme/A.class")))
                .isTrue();
    }

    private static Location at(String uri) {
        return Location.of(URI.create(uri));
    }
}
