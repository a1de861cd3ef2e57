package cn.zugong.plugin.rotation.extension;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.view.PluginView;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.plugin.rotation.ui.RotationViews;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard figure of the plugin drills down to one of its own pages, the one listing what it
 * counts: the route each indicator gives is a page the plugin registers.
 */
class IndicatorRoutesTest {

    private final PluginContext context = RotationContext.create(new TenantId("510115"), LocalDate.of(2026, 6, 1));

    /** The plugin's indicators, as PF4J finds them: every extension in its index that is one. */
    private List<DashboardIndicator> indicators() throws IOException, ReflectiveOperationException {
        List<DashboardIndicator> found = new ArrayList<>();
        for (URL index : Collections.list(getClass().getClassLoader().getResources("META-INF/extensions.idx"))) {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(index.openStream(), StandardCharsets.UTF_8))) {
                for (String name : lines.lines().map(String::strip).toList()) {
                    if (!name.startsWith("cn.zugong.plugin.rotation.")) {
                        continue;
                    }
                    Class<?> type = Class.forName(name);
                    if (DashboardIndicator.class.isAssignableFrom(type)) {
                        found.add((DashboardIndicator)
                                type.getConstructor(PluginContext.class).newInstance(context));
                    }
                }
            }
        }
        return found;
    }

    @Test
    void eachIndicatorOpensAPageOfThePlugin() throws Exception {
        Set<String> pages =
                new RotationViews().views().stream().map(PluginView::route).collect(Collectors.toSet());
        List<DashboardIndicator> indicators = indicators();

        assertThat(indicators)
                .extracting(DashboardIndicator::id)
                .contains(
                        "rotation.due.must",
                        "rotation.due.should",
                        "rotation.exchanges.done",
                        "rotation.findings.open");
        for (DashboardIndicator indicator : indicators) {
            Optional<String> route = indicator.listRoute().map(r -> r.replaceFirst("\\?.*", ""));
            assertThat(route).as(indicator.id()).hasValueSatisfying(r -> assertThat(pages)
                    .contains(r));
        }
    }
}
