package cn.zugong.core.demo;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Seeds the demo tenants and their units when {@code zugong.demo} is true (the run command and
 * the integration tests set it). Existing data is never touched.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class.getName());

    static final List<String> DEMO_COUNTIES = List.of("510115", "510117");

    @Inject
    DemoData data;

    @Inject
    DemoRegistry registry;

    public static boolean enabled() {
        return Boolean.getBoolean("zugong.demo");
    }

    public void seed() {
        if (data.seedTenants()) {
            LOG.info("Demo tenants created");
        }
        for (String county : DEMO_COUNTIES) {
            Tenancy tenancy = Tenancy.writing(new TenantId(county));
            TenancyHolder.runAs(tenancy, () -> data.seedUnits(county));
            TenancyHolder.runAs(tenancy, () -> {
                int cadres = registry.seed(county);
                if (cadres > 0) {
                    LOG.info(() -> "Demo registry of " + county + ": " + cadres + " cadres");
                }
            });
        }
    }
}
