package cn.zugong.core.selection.application;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.audit.AuditJson;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.security.CurrentUser;
import cn.zugong.core.security.CurrentUserHolder;
import cn.zugong.core.selection.domain.SelectionCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole-process record (quancheng jishi) of cases: every action goes to the tenant's audit
 * trail, append-only and hash-chained, as {@code selection.<action>} on subject {@code
 * selection_case} with the case's id, and the action's details as a flat JSON object.
 */
@ApplicationScoped
public class CaseJournal {

    public static final String SUBJECT = "selection_case";

    /** The detail holding the display name of who acted, beside the login id the trail keeps. */
    public static final String BY = "by";

    @Inject
    AuditTrail audit;

    /** Records an action on a case with its details (name, value pairs; nulls are left out). */
    public void record(SelectionCase c, String action, Object... details) {
        audit.record(
                "selection." + action,
                SUBJECT,
                c.getId().toString(),
                summary(c),
                null,
                AuditJson.of(values(c, details)));
    }

    /**
     * Records a read of a case (printing its record) in the chain of the case's county, also when
     * a read-only supervisor reads across counties.
     */
    public void read(SelectionCase c, String action, Object... details) {
        audit.record(
                new TenantId(c.getTenantId()),
                "selection." + action,
                SUBJECT,
                c.getId().toString(),
                summary(c),
                null,
                AuditJson.of(values(c, details)));
    }

    private static String summary(SelectionCase c) {
        return c.getCaseNo() + " " + c.getTitle();
    }

    private static Map<String, Object> values(SelectionCase c, Object... details) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("step", c.getStep());
        CurrentUserHolder.current()
                .map(CurrentUser::displayName)
                .filter(name -> !name.isBlank())
                .ifPresent(name -> values.put(BY, name));
        for (int i = 0; i + 1 < details.length; i += 2) {
            if (details[i + 1] != null) {
                values.put(String.valueOf(details[i]), details[i + 1]);
            }
        }
        return values;
    }
}
