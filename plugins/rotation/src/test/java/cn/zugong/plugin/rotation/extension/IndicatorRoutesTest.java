package cn.zugong.plugin.rotation.extension;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.view.PluginView;
import cn.zugong.plugin.rotation.RotationRules;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.plugin.rotation.ui.RotationViews;
import cn.zugong.testkit.IndicatorChecks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard figure of the plugin drills down to one of its own pages, the one listing what it
 * counts: the route each indicator gives is a page the plugin registers.
 */
class IndicatorRoutesTest {

    private final PluginContext context = RotationContext.create(new TenantId("510115"), LocalDate.of(2026, 6, 1));

    @Test
    void eachIndicatorOpensAPageOfThePlugin() {
        List<DashboardIndicator> indicators = IndicatorChecks.indexed(RotationRules.class, context);

        assertThat(indicators)
                .extracting(DashboardIndicator::id)
                .contains(
                        "rotation.due.must",
                        "rotation.due.should",
                        "rotation.exchanges.done",
                        "rotation.findings.open");
        IndicatorChecks.eachListsOnAPage(
                indicators,
                new RotationViews().views().stream().map(PluginView::route).toList());
    }
}
