package cn.zugong.core.plugin.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.plugin.domain.PluginManifest;
import cn.zugong.core.plugin.domain.PluginOffer;
import cn.zugong.core.plugin.domain.PluginRecord;
import cn.zugong.core.plugin.domain.PluginState;
import cn.zugong.core.plugin.domain.TenantPlugin;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An uninstalled plugin installed again is a new installation: offered to no county, and no
 * county's earlier choice switches it on; the operator offers it and each county chooses again.
 */
class PluginReinstallTest {

    private static final String WENJIANG = "510115";
    private static final String EXAMS = "health-exam";
    private static final PluginManifest MANIFEST =
            new PluginManifest(EXAMS, "1.0.0", "Acme", "", ">=1.0.0", "", List.of("health-exam.view"), List.of());

    @AfterEach
    void clear() {
        TenancyHolder.clear();
        CurrentUserHolder.clear();
    }

    @Test
    void aReinstallIsOfferedToNoCountyAndSwitchedOnInNone() throws Exception {
        TenancyHolder.set(Tenancy.writing(new TenantId(WENJIANG)));
        CurrentUserHolder.set(new CurrentUser("admin", "admin", Set.of(CurrentUser.TENANT_ADMIN), Set.of()));
        try (TestDatabase db =
                        new TestDatabase(Tenant.class, PluginRecord.class, PluginOffer.class, TenantPlugin.class);
                EntityManager em = db.entityManager()) {
            db.tenant(WENJIANG);
            PluginRegistry registry = TestDatabase.wire(new PluginRegistry(), "em", em);
            PluginEnablementService enablement = TestDatabase.wire(new PluginEnablementService(), "em", em);
            TestDatabase.wire(enablement, "registry", registry);
            TestDatabase.wire(enablement, "audit", TestDatabase.auditTrail(em));

            inTransaction(
                    em, () -> registry.save(MANIFEST, "a.jar", "sha", "Acme", PluginState.ENABLED, null, "sys", true));
            inTransaction(em, () -> {
                enablement.setEnabled(EXAMS, true);
                return null;
            });
            assertThat(enablement.enabledForCurrentTenant()).containsExactly(EXAMS);

            inTransaction(em, () -> {
                registry.uninstalled(EXAMS, "sys");
                return null;
            });
            Thread.sleep(5);
            inTransaction(em, () -> {
                registry.reinstalled(EXAMS, "sys");
                return registry.save(MANIFEST, "a.jar", "sha", "Acme", PluginState.DISABLED, null, "sys", false);
            });
            assertThat(registry.find(EXAMS).orElseThrow().offeredToAll()).isFalse();

            inTransaction(em, () -> {
                registry.change(EXAMS, PluginState.ENABLED, null, "sys");
                registry.offer(EXAMS, false, Set.of(WENJIANG));
                return null;
            });
            assertThat(enablement.offeredToCurrentTenant()).containsExactly(EXAMS);
            assertThat(enablement.enabledForCurrentTenant()).isEmpty();
            assertThat(enablement.enabledBy(Set.of(WENJIANG))).doesNotContainKey(WENJIANG);

            inTransaction(em, () -> {
                enablement.setEnabled(EXAMS, true);
                return null;
            });
            assertThat(enablement.enabledForCurrentTenant()).containsExactly(EXAMS);
        }
    }

    private static <T> T inTransaction(EntityManager em, Supplier<T> work) {
        em.getTransaction().begin();
        T result = work.get();
        em.getTransaction().commit();
        em.clear();
        return result;
    }
}
