package cn.zugong.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorChecksTest {

    private static final List<String> PAGES = List.of("memo", "memo/overdue");

    @Test
    void anIndicatorWhoseListIsAPageOfThePluginPassesWithOrWithoutAQuery() {
        assertThatCode(() -> IndicatorChecks.eachListsOnAPage(
                        List.of(indicator("memo.open", "memo"), indicator("memo.late", "memo/overdue?days=30")), PAGES))
                .doesNotThrowAnyException();
    }

    @Test
    void everyIndicatorWithoutAListOrWithAnotherPluginsPageIsNamed() {
        assertThatThrownBy(() -> IndicatorChecks.eachListsOnAPage(
                        List.of(
                                indicator("memo.open", "memo"),
                                indicator("memo.none", null),
                                indicator("memo.elsewhere", "training/shortfall")),
                        PAGES))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("memo.none: no list route")
                .hasMessageContaining("memo.elsewhere: training/shortfall is not a page of the plugin")
                .hasMessageNotContaining("memo.open");
    }

    private static DashboardIndicator indicator(String id, String route) {
        return new DashboardIndicator() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String nameKey() {
                return id;
            }

            @Override
            public Measure measure(TenantId tenant) {
                return new Measure(0, 0);
            }

            @Override
            public Optional<String> listRoute() {
                return Optional.ofNullable(route);
            }
        };
    }
}
