package cn.zugong.core.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DutySeparationTest {

    @Test
    void eachPlatformRoleAloneKeepsTheDutiesApart() {
        for (String role : DutySeparation.PLATFORM_ROLES) {
            assertThat(DutySeparation.breach(Set.of(role))).isEmpty();
        }
    }

    @Test
    void anyTwoPlatformRolesInOneAccountBreakTheRule() {
        assertThat(DutySeparation.breach(Set.of("platform-sysadmin", "platform-auditor")))
                .contains("refused.duties.platform");
        assertThat(DutySeparation.breach(Set.of("platform-sysadmin", "platform-secadmin")))
                .contains("refused.duties.platform");
        assertThat(DutySeparation.breach(Set.of("platform-secadmin", "platform-auditor", "viewer")))
                .contains("refused.duties.platform");
    }

    @Test
    void aCountyAuditorIsNeitherItsOfficerNorItsAdmin() {
        assertThat(DutySeparation.breach(Set.of("tenant-auditor", "officer"))).contains("refused.duties.county");
        assertThat(DutySeparation.breach(Set.of("tenant-auditor", "tenant-admin")))
                .contains("refused.duties.county");
        assertThat(DutySeparation.breach(Set.of("tenant-auditor", "viewer"))).isEmpty();
        assertThat(DutySeparation.breach(Set.of("officer", "tenant-admin"))).isEmpty();
    }
}
