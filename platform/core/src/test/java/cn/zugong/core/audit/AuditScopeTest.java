package cn.zugong.core.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyPolicy;
import cn.zugong.core.tenant.Tenant;
import cn.zugong.core.tenant.TenantDirectory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who reads which trail, and that an auditor's tenancy writes nothing. */
class AuditScopeTest {

    private static final TenantId WENJIANG = new TenantId("510115");
    private static final TenantId PIDU = new TenantId("510117");
    private static final String WENJIANG_GROUP = "/51/5101/510115";
    /** A directory that knows no tenant, so none is archived. */
    private static final TenantDirectory NO_TENANTS = new TenantDirectory() {
        @Override
        public List<Tenant> all() {
            return List.of();
        }
    };

    private static Set<TenantId> scopeOf(Set<String> roles, Set<String> groups) {
        Tenancy tenancy = new TenancyPolicy(NO_TENANTS).tenancy(groups, roles, Optional.empty());
        return AuditScope.of(
                Optional.of(new CurrentUser("u", "u", roles, groups)), tenancy, () -> List.of(WENJIANG, PIDU));
    }

    @Test
    void thePlatformAuditorReadsEveryTenantsTrail() {
        assertThat(scopeOf(Set.of(AuditScope.PLATFORM_AUDITOR), Set.of())).containsExactlyInAnyOrder(WENJIANG, PIDU);
    }

    @Test
    void aCountyAuditorReadsOnlyTheirCounty() {
        assertThat(scopeOf(Set.of(AuditScope.TENANT_AUDITOR), Set.of(WENJIANG_GROUP)))
                .containsExactly(WENJIANG);
    }

    @Test
    void officersAdminsAndOtherOperatorsReadNoTrail() {
        assertThat(scopeOf(Set.of(CurrentUser.OFFICER), Set.of(WENJIANG_GROUP))).isEmpty();
        assertThat(scopeOf(Set.of(CurrentUser.TENANT_ADMIN), Set.of(WENJIANG_GROUP)))
                .isEmpty();
        assertThat(scopeOf(Set.of("platform-sysadmin", "platform-secadmin"), Set.of()))
                .isEmpty();
        assertThat(AuditScope.of(Optional.empty(), Tenancy.writing(WENJIANG), () -> List.of(WENJIANG)))
                .isEmpty();
    }

    @Test
    void aCountyAuditorsTenancyReadsTheCountyAndWritesNothing() {
        Tenancy tenancy = new TenancyPolicy(NO_TENANTS)
                .tenancy(Set.of(WENJIANG_GROUP), Set.of(AuditScope.TENANT_AUDITOR), Optional.empty());

        assertThat(tenancy.writable()).isEmpty();
        assertThat(tenancy.readable()).containsExactly(WENJIANG);
    }

    @Test
    void anOfficerWhoIsAlsoAuditorWritesNothingInTheCounty() {
        Tenancy tenancy = new TenancyPolicy(NO_TENANTS)
                .tenancy(
                        Set.of(WENJIANG_GROUP),
                        Set.of(AuditScope.TENANT_AUDITOR, CurrentUser.OFFICER),
                        Optional.empty());

        // 三员分立: such a token is refused at the door (DutySeparationTest); should it get this far,
        // the auditor still changes nothing.
        assertThat(tenancy.writable()).isEmpty();
        assertThat(tenancy.readable()).containsExactly(WENJIANG);
    }
}
