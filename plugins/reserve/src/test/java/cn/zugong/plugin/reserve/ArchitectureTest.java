package cn.zugong.plugin.reserve;

import cn.zugong.testkit.PluginArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theReservePluginUsesThePlatformThroughItsSdkOnly() {
        PluginArchitecture.check(ArchitectureTest.class.getPackageName());
    }
}
