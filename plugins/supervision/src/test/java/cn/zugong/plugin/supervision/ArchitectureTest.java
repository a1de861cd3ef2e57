package cn.zugong.plugin.supervision;

import cn.zugong.testkit.PluginArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theSupervisionPluginUsesThePlatformThroughItsSdkOnly() {
        PluginArchitecture.check(ArchitectureTest.class.getPackageName());
    }
}
