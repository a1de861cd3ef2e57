package cn.zugong.plugin.training;

import cn.zugong.testkit.PluginArchitecture;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    @Test
    void theTrainingPluginUsesThePlatformThroughItsSdkOnly() {
        PluginArchitecture.check(ArchitectureTest.class.getPackageName());
    }
}
