package cn.zugong.plugin.example;

import cn.zugong.testkit.PluginArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theExamplePluginUsesThePlatformThroughItsSdkOnly() {
        PluginArchitecture.check(ArchitectureTest.class.getPackageName());
    }
}
