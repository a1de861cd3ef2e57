package cn.zugong.plugin.rotation.testing;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.rotation.RotationRules;
import cn.zugong.plugin.rotation.data.RotationEntities;
import cn.zugong.plugin.rotation.service.AuditedActions;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;

/**
 * The testkit's in-memory context for this plugin: its entities on H2 with its migrations, its rule
 * packs, the units of {@link Careers}, and an audit trail that fails on an action {@link
 * AuditedActions} does not list.
 */
public final class RotationContext {

    private RotationContext() {}

    /** The context of a county's officer on {@code today}, with the test units in {@code county}. */
    public static InMemoryPluginContext create(TenantId county, LocalDate today) {
        InMemoryPluginContext context = InMemoryPluginContext.builder("rotation")
                .entities(new RotationEntities().entityClasses())
                .rulePacks(new RotationRules().rulePacks())
                .county(county)
                .today(today)
                .build();
        context.audit().onlyListed(AuditedActions.ACTIONS, AuditedActions.SUBJECT_TYPES);
        Careers.UNITS.forEach(u -> context.careers().unit(county, u));
        return context;
    }
}
