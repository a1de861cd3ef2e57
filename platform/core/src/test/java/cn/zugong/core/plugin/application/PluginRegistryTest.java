package cn.zugong.core.plugin.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.plugin.domain.PluginOffer;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The plugin registry on the portal's schema (H2). */
class PluginRegistryTest {

    @Test
    void anOfferNamesOnlyTenantsThatExist() throws Exception {
        try (TestDatabase db = new TestDatabase(Tenant.class, PluginRecord.class, PluginOffer.class)) {
            db.tenant("510115");
            try (EntityManager em = db.entityManager()) {
                PluginRegistry registry = TestDatabase.wire(new PluginRegistry(), "em", em);

                assertThat(registry.unknownTenants(Set.of("510115", "长".repeat(500), "999999")))
                        .containsExactlyInAnyOrder("长".repeat(500), "999999");
                assertThat(registry.unknownTenants(Set.of())).isEmpty();
            }
        }
    }
}
