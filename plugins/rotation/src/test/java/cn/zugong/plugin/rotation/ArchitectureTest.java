package cn.zugong.plugin.rotation;

import cn.zugong.testkit.PluginArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theRotationPluginUsesThePlatformThroughItsSdkOnly() {
        PluginArchitecture.check(ArchitectureTest.class.getPackageName());
    }
}
