package cn.zugong.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AdmissionTest {

    private final Tenant sichuan = new Tenant(new TenantId("510000"), null, "四川省委组织部", "Sichuan");
    private final Tenant wenjiang = new Tenant(new TenantId("510115"), sichuan, "温江区委组织部", "Wenjiang");
    private final Admission admission = new Admission();

    AdmissionTest() {
        admission.directory = new TenantDirectory() {
            @Override
            public List<Tenant> all() {
                return List.of(sichuan, wenjiang);
            }
        };
    }

    private static CurrentUser user(Set<String> roles, String... groups) {
        return new CurrentUser("u", "U", roles, Set.of(groups));
    }

    @Test
    void aCountyOfficerOfAnActiveTenantIsLetIn() {
        assertThat(admission.refusal(user(Set.of("officer"), "/51/5101/510115")))
                .isEmpty();
        assertThat(admission.refusal(user(Set.of("platform-sysadmin")))).isEmpty();
    }

    @Test
    void theUsersOfASuspendedTenantAreRefusedAndLetInAgainOnceResumed() {
        wenjiang.changeStatus(TenantStatus.SUSPENDED, "sysadmin", Instant.now());
        assertThat(admission.refusal(user(Set.of("officer"), "/51/5101/510115")))
                .contains("refused.suspended");
        assertThat(admission.refusal(user(Set.of("supervisor"), "/51"))).isEmpty();

        wenjiang.changeStatus(TenantStatus.ACTIVE, "sysadmin", Instant.now());
        assertThat(admission.refusal(user(Set.of("officer"), "/51/5101/510115")))
                .isEmpty();
    }

    @Test
    void anAccountOfADepartmentNotOnThePlatformIsRefused() {
        assertThat(admission.refusal(user(Set.of("officer"), "/51/5101/510118")))
                .contains("refused.unknownTenant");
    }

    @Test
    void twoPlatformRolesAreRefusedBeforeAnythingElse() {
        assertThat(admission.refusal(user(Set.of("platform-sysadmin", "platform-secadmin"))))
                .contains("refused.duties.platform");
        assertThat(admission.refusal(user(Set.of("tenant-auditor", "tenant-admin"), "/51/5101/510115")))
                .contains("refused.duties.county");
    }
}
