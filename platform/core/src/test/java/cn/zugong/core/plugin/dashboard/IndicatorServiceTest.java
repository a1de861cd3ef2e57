package cn.zugong.core.plugin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.PluginIndicator;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each reading carries its indicator's list route, only when the route stays inside the portal. */
class IndicatorServiceTest {

    private static final TenantId WENJIANG = new TenantId("510115");
    private static final TenantId PIDU = new TenantId("510117");

    @AfterEach
    void tearDown() {
        TenancyHolder.clear();
    }

    private static DashboardIndicator indicator(String id, Optional<String> route) {
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
                return new Measure(tenant.equals(WENJIANG) ? 1 : 2, 4);
            }

            @Override
            public Optional<String> listRoute() {
                return route;
            }
        };
    }

    private static IndicatorService service(List<DashboardIndicator> indicators) {
        IndicatorService service = new IndicatorService();
        service.host = new PluginHost() {
            @Override
            public List<PluginIndicator> indicators(Set<String> enabled) {
                return indicators.stream()
                        .map(i -> new PluginIndicator("training", i))
                        .toList();
            }
        };
        service.enablement = new PluginEnablementService() {
            @Override
            public Map<String, Set<String>> enabledBy(Set<String> tenants) {
                return Map.of(WENJIANG.code(), Set.of("training"), PIDU.code(), Set.of("training"));
            }
        };
        return service;
    }

    @Test
    void aReadingCarriesAValidRouteAndDropsAnInvalidOne() {
        TenancyHolder.set(Tenancy.reading(Set.of(WENJIANG, PIDU)));

        List<IndicatorReading> readings = service(List.of(
                        indicator("training.shortfall", Optional.of("training/shortfall?status=short")),
                        indicator("training.none", Optional.empty()),
                        indicator("training.outside", Optional.of("https://example.com/training")),
                        indicator("training.up", Optional.of("training/../admin/users"))))
                .readings();

        assertThat(readings)
                .extracting(IndicatorReading::indicatorId, IndicatorReading::listRoute)
                .containsExactly(
                        tuple("training.shortfall", Optional.of("training/shortfall?status=short")),
                        tuple("training.none", Optional.empty()),
                        tuple("training.outside", Optional.empty()),
                        tuple("training.up", Optional.empty()));
        assertThat(readings.getFirst().perTenant()).containsEntry(WENJIANG, new Measure(1, 4));
        assertThat(readings.getFirst().aggregate()).isEqualTo(new Measure(3, 8));
    }

    @Test
    void aRouteIsAPathBelowThePortalRoot() {
        assertThat(ListRoute.valid("training/shortfall")).isTrue();
        assertThat(ListRoute.valid("rotation/due?rule=must&kind=a%20b")).isTrue();
        assertThat(ListRoute.valid("example")).isTrue();
        assertThat(ListRoute.valid(null)).isFalse();
        assertThat(ListRoute.valid("")).isFalse();
        assertThat(ListRoute.valid("/training")).isFalse();
        assertThat(ListRoute.valid("//evil.example/x")).isFalse();
        assertThat(ListRoute.valid("training//x")).isFalse();
        assertThat(ListRoute.valid("javascript:alert(1)")).isFalse();
        assertThat(ListRoute.valid("http://evil.example")).isFalse();
        assertThat(ListRoute.valid("training/../admin")).isFalse();
        assertThat(ListRoute.valid("training/x?to=..")).isFalse();
        assertThat(ListRoute.valid("training/x y")).isFalse();
        assertThat(ListRoute.valid("training\\x")).isFalse();
    }
}
