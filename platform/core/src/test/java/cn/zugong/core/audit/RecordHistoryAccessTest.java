package cn.zugong.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.core.security.AccessDeniedException;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import org.junit.jupiter.api.Test;

/** The history of one record (the whole-process record of a case) is open to its readers only for the kinds on the allow-list. */
class RecordHistoryAccessTest {

    /** No entity manager: a refusal must come before the trail is touched. */
    private final AuditReader reader = new AuditReader();

    @Test
    void kindsOfRecordOffTheAllowListAreRefusedBeforeTheTrailIsRead() {
        for (String type : new String[] {"cadre", "unit", "audit_chain", "Selection_Case", "", null}) {
            assertThatThrownBy(() -> reader.subjectHistory(type, "0b8e9a52-0000-4000-8000-000000000001"))
                    .as(String.valueOf(type))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessage("error.access.denied");
        }
    }

    @Test
    void theSelectionCaseIsOnTheAllowListAndNeedsNoAuditorRole() {
        // A request without readable tenants and without any role: allowed, and nothing to read.
        assertThat(TenancyHolder.callAs(
                        Tenancy.NONE,
                        () -> reader.subjectHistory("selection_case", "0b8e9a52-0000-4000-8000-000000000001")))
                .isEmpty();
    }

    @Test
    void aRecordIdIsRequired() {
        assertThatThrownBy(() -> reader.subjectHistory("selection_case", " "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
