package cn.zugong.plugin.example;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.testkit.MessageBundleChecks;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The example's texts pass the platform's checks of a plugin's bundles (SDK testkit). */
class MessageBundlesTest {

    private final MessageBundleChecks bundles = MessageBundleChecks.of(new ExampleMessages(), "example");

    @Test
    void theBundlesFollowThePlatformsRules() {
        bundles.checkAll();
    }

    @Test
    void everyMessageKeyWrittenInTheCodeExists() {
        // Ids the platform knows the permission, the list format, the gate and the figure by.
        assertThat(bundles.keysWrittenInCodeExist(
                        Path.of("src/main/java"),
                        List.of(ExampleViews.VIEW.id(), new CsvList().id(), "example.hold", "example.held")))
                .contains("example.menu", "example.gate.held");
    }

    @Test
    void everyEventTheLogShowsHasALabel() {
        // The log shows an event by its class's simple name (HoldList.observed).
        bundles.containsAll(Stream.of(CadreEvent.class.getPermittedSubclasses())
                .map(event -> "example.event." + event.getSimpleName())
                .toList());
    }
}
