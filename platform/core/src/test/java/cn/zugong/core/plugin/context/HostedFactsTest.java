package cn.zugong.core.plugin.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.fact.CadreFact;
import cn.zugong.api.fact.CadreFactSource;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.plugin.domain.PluginFactSource;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * SDK 1.3.0 {@code CadreFacts}: the tenant wall before any plugin is asked, the enabled plugins
 * only, and facts a reader can trust to be about the cadre asked and from the plugin named.
 */
class HostedFactsTest {

    private static final TenantId WENJIANG = new TenantId("510115");
    private static final TenantId PIDU = new TenantId("510117");
    private static final UUID CADRE = UUID.randomUUID();

    private final List<TenantId> asked = new ArrayList<>();
    private final HostedFacts facts = new HostedFacts();

    HostedFactsTest() {
        CadreFactSource supervision = (county, cadre) -> {
            asked.add(county);
            return List.of(
                    fact(cadre, "supervision"), fact(UUID.randomUUID(), "supervision"), fact(cadre, "someone-else"));
        };
        CadreFactSource disabled = (county, cadre) -> List.of(fact(cadre, "disabled"));
        facts.host = new PluginHost() {
            @Override
            public List<PluginFactSource> factSources(Set<String> enabled) {
                List<PluginFactSource> sources = new ArrayList<>();
                if (enabled.contains("supervision")) {
                    sources.add(new PluginFactSource("supervision", supervision));
                }
                if (enabled.contains("disabled")) {
                    sources.add(new PluginFactSource("disabled", disabled));
                }
                return sources;
            }
        };
        facts.enablement = new PluginEnablementService() {
            @Override
            public Map<String, Set<String>> enabledBy(Set<String> tenants) {
                return Map.of(WENJIANG.code(), Set.of("supervision"));
            }
        };
    }

    private static CadreFact fact(UUID cadre, String plugin) {
        return new CadreFact(CadreFact.CONCEALMENT, cadre, plugin, LocalDate.of(2025, 9, 22), "x.reason", List.of());
    }

    @Test
    void aCountyReadsTheFactsOfItsEnabledPluginsAboutTheCadreAskedOnly() {
        List<CadreFact> found = TenancyHolder.callAs(Tenancy.writing(WENJIANG), () -> facts.of(WENJIANG, CADRE));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.cadreId()).isEqualTo(CADRE);
            assertThat(f.pluginId()).isEqualTo("supervision");
        });
    }

    @Test
    void anotherCountyIsRefusedBeforeAnyPluginIsAsked() {
        assertThatThrownBy(() -> TenancyHolder.callAs(Tenancy.writing(PIDU), () -> facts.of(WENJIANG, CADRE)))
                .isInstanceOf(SecurityException.class);
        assertThat(asked).isEmpty();
    }

    @Test
    void aSupervisorReadingTheCountyGetsItsFacts() {
        List<CadreFact> found =
                TenancyHolder.callAs(Tenancy.reading(Set.of(WENJIANG, PIDU)), () -> facts.of(WENJIANG, CADRE));
        assertThat(found).hasSize(1);
        assertThat(asked).containsExactly(WENJIANG);
    }
}
