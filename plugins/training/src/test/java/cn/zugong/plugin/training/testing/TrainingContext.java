package cn.zugong.plugin.training.testing;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.training.TrainingRules;
import cn.zugong.plugin.training.data.TrainingEntities;
import cn.zugong.plugin.training.service.AuditedActions;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;

/**
 * The testkit's in-memory context for this plugin: its entities on H2 with its migrations, its rule
 * packs, and an audit trail that fails on an action {@link AuditedActions} does not list.
 */
public final class TrainingContext {

    private TrainingContext() {}

    /** The context of a county's officer on {@code today}. */
    public static InMemoryPluginContext create(TenantId county, LocalDate today) {
        InMemoryPluginContext context = InMemoryPluginContext.builder("training")
                .entities(new TrainingEntities().entityClasses())
                .rulePacks(new TrainingRules().rulePacks())
                .county(county)
                .today(today)
                .build();
        context.audit().onlyListed(AuditedActions.ACTIONS, AuditedActions.SUBJECT_TYPES);
        return context;
    }
}
