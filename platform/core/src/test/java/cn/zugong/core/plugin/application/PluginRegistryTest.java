package cn.zugong.core.plugin.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.core.audit.PlatformAction;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginOffer;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.testdb.RecordingEvent;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
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

    @Test
    void anOperatorsChangeIsHandedToThePlatformChainWithTheRecordBeforeAndAfter() throws Exception {
        try (TestDatabase db = new TestDatabase(Tenant.class, PluginRecord.class, PluginOffer.class)) {
            db.tenant("510115");
            db.tenant("510117");
            try (EntityManager em = db.entityManager()) {
                RecordingEvent<PlatformAction> actions = new RecordingEvent<>();
                PluginRegistry registry = TestDatabase.wire(new PluginRegistry(), "em", em);
                TestDatabase.wire(registry, "platformActions", actions);
                PluginManifest manifest =
                        new PluginManifest("exams", "1.0.0", "Acme", "", ">=1.0.0", "", List.of(), List.of());
                em.getTransaction().begin();
                registry.audited(
                        "plugin.install",
                        "exams",
                        records -> records.save(
                                manifest, "exams-1.0.0.jar", "ab", "CN=Acme", PluginState.ENABLED, null, "op", false));
                registry.audited("plugin.offer", "exams", records -> {
                    records.offer("exams", false, Set.of("510117", "510115"));
                    return null;
                });
                em.getTransaction().commit();

                assertThat(actions.fired)
                        .extracting(PlatformAction::action)
                        .containsExactly("plugin.install", "plugin.offer");
                PlatformAction install = actions.fired.getFirst();
                assertThat(install.beforeJson()).isNull();
                assertThat(install.afterJson()).contains("\"version\":\"1.0.0\"", "\"state\":\"ENABLED\"");
                assertThat(install.summary()).isEqualTo("exams 1.0.0");
                PlatformAction offer = actions.fired.getLast();
                assertThat(offer.beforeJson()).contains("\"offers\":\"\"");
                assertThat(offer.afterJson()).contains("\"offeredToAll\":false", "\"offers\":\"510115,510117\"");
            }
        }
    }
}
