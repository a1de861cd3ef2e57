package ${package};

import cn.zugong.testkit.PluginArchitecture;
import org.junit.jupiter.api.Test;

/** The plugin uses the platform through its SDK only (the platform checks it again at install). */
class ArchitectureTest {

    @Test
    void thePluginUsesThePlatformThroughItsSdkOnly() {
        PluginArchitecture.check(ArchitectureTest.class.getPackageName());
    }
}
