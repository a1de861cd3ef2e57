package cn.zugong.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.validation.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules at the end of a tenant's life: export before archive, wait before purge, two people. */
class TenantRetirementTest {

    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final Duration WAIT = Duration.ofDays(30);

    private static Tenant county() {
        return new Tenant(new TenantId("510118"), null, "新津区委组织部", "Xinjin Organization Department");
    }

    private static String key(Runnable step) {
        try {
            step.run();
        } catch (ValidationException e) {
            return e.problems().getFirst().messageKey();
        }
        throw new AssertionError("not refused");
    }

    /** A suspended tenant, exported since, archived: what the purge tests start from. */
    private static Tenant archived() {
        Tenant t = county();
        t.changeStatus(TenantStatus.SUSPENDED, "sys", T0);
        t.exported("sys", T0, "ab");
        t.archive("sys", T0);
        return t;
    }

    @Test
    void archiveNeedsAnExportMadeWhileSuspended() {
        Tenant t = county();
        t.changeStatus(TenantStatus.SUSPENDED, "sys", T0);
        assertThat(key(() -> t.archive("sys", T0))).isEqualTo("tenant.error.exportFirst");
        t.exported("sys", T0.plusSeconds(1), "ab");
        t.archive("sys", T0.plusSeconds(2));
        assertThat(t.status()).isEqualTo(TenantStatus.ARCHIVED);
        assertThat(t.archived()).isTrue();
        assertThat(key(() -> t.archive("sys", T0.plusSeconds(3)))).isEqualTo("tenant.error.archived");
    }

    @Test
    void anExportOfAnActiveTenantDoesNotCountItsUsersCouldStillWrite() {
        Tenant t = county();
        t.exported("sys", T0, "ab");
        assertThat(key(() -> t.archive("sys", T0.plusSeconds(1)))).isEqualTo("tenant.error.exportFirst");
        t.changeStatus(TenantStatus.SUSPENDED, "sys", T0.plusSeconds(60));
        assertThat(key(() -> t.archive("sys", T0.plusSeconds(120))))
                .as("exported before the suspension")
                .isEqualTo("tenant.error.exportFirst");
        t.exported("sys", T0.plusSeconds(200), "cd");
        t.archive("sys", T0.plusSeconds(300));
        assertThat(t.status()).isEqualTo(TenantStatus.ARCHIVED);
    }

    @Test
    void purgeOnlyOfAnArchivedTenantAfterTheWait() {
        assertThat(key(() -> county().requestPurge("sys", T0, WAIT))).isEqualTo("tenant.error.archiveFirst");
        Tenant t = archived();
        assertThat(key(() -> t.requestPurge("sys", T0.plus(WAIT).minusSeconds(1), WAIT)))
                .isEqualTo("tenant.error.purgeWait");
        t.requestPurge("sys", T0.plus(WAIT), WAIT);
        assertThat(t.purgeRequestedBy()).contains("sys");
        assertThat(t.status()).isEqualTo(TenantStatus.ARCHIVED);
    }

    @Test
    void theRequesterNeverApproves() {
        Tenant t = archived();
        assertThat(key(() -> t.approvePurge("sec", T0))).isEqualTo("tenant.error.purgeNotRequested");
        t.requestPurge("sys", T0, Duration.ZERO);
        assertThat(key(() -> t.approvePurge("sys", T0))).isEqualTo("tenant.error.purgeSamePerson");
        assertThat(t.status()).isEqualTo(TenantStatus.ARCHIVED);
        t.approvePurge("sec", T0);
        assertThat(t.status()).isEqualTo(TenantStatus.PURGED);
    }

    @Test
    void aRefusedRequestLeavesTheTenantArchivedAndNeedsANewRequest() {
        Tenant t = archived();
        assertThat(key(() -> t.refusePurge("sec"))).isEqualTo("tenant.error.purgeNotRequested");
        t.requestPurge("sys", T0, Duration.ZERO);
        assertThat(t.purgePending()).isTrue();
        assertThat(t.purgeRequestedAt()).contains(T0);
        assertThat(key(() -> t.refusePurge("sys"))).isEqualTo("tenant.error.purgeSamePerson");

        t.refusePurge("sec");

        assertThat(t.purgePending()).isFalse();
        assertThat(t.purgeRequestedBy()).isEmpty();
        assertThat(t.status()).isEqualTo(TenantStatus.ARCHIVED);
        assertThat(key(() -> t.approvePurge("sec", T0))).isEqualTo("tenant.error.purgeNotRequested");
    }

    @Test
    void aPurgedTenantIsNeitherExportedNorArchivedAgain() {
        Tenant t = archived();
        t.requestPurge("sys", T0, Duration.ZERO);
        t.approvePurge("sec", T0);
        assertThatThrownBy(() -> t.exported("sys", T0, "ef")).isInstanceOf(ValidationException.class);
        assertThat(key(() -> t.archive("sys", T0))).isEqualTo("tenant.error.purged");
        assertThat(t.exportSha256()).isEqualTo("ab");
    }

    @Test
    void theUsersOfAnArchivedCountyReadItAndWriteNothing() {
        Tenant active = county();
        Tenant archived = archived();
        Set<String> officer = Set.of("officer");
        Set<String> group = Set.of("/51/5101/510118");
        assertThat(policy(active).tenancy(group, officer, Optional.empty()).writable())
                .contains(new TenantId("510118"));
        Tenancy tenancy = policy(archived).tenancy(group, officer, Optional.empty());
        assertThat(tenancy.writable()).isEmpty();
        assertThat(tenancy.readableCodes()).containsExactly("510118");
    }

    private static TenancyPolicy policy(Tenant only) {
        return new TenancyPolicy(new TenantDirectory() {
            @Override
            public List<Tenant> all() {
                return List.of(only);
            }
        });
    }
}
