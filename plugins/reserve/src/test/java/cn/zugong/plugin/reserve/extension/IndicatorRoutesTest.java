package cn.zugong.plugin.reserve.extension;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.view.PluginView;
import cn.zugong.plugin.reserve.ReserveRules;
import cn.zugong.plugin.reserve.testing.ReserveContext;
import cn.zugong.plugin.reserve.ui.ReserveViews;
import cn.zugong.testkit.IndicatorChecks;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every dashboard figure of the plugin drills down to one of its own pages, the one listing what it
 * counts: the route each indicator gives is a page the plugin registers.
 */
class IndicatorRoutesTest {

    private final PluginContext context = ReserveContext.create(new TenantId("510115"), LocalDate.of(2026, 6, 1));

    @Test
    void eachIndicatorOpensAPageOfThePlugin() {
        List<DashboardIndicator> indicators = IndicatorChecks.indexed(ReserveRules.class, context);

        assertThat(indicators)
                .extracting(DashboardIndicator::id)
                .contains(
                        "reserve.ratio.deputy",
                        "reserve.ratio.principal",
                        "reserve.reviewed",
                        "reserve.share.nonParty",
                        "reserve.share.women");
        IndicatorChecks.eachListsOnAPage(
                indicators,
                new ReserveViews().views().stream().map(PluginView::route).toList());
    }
}
