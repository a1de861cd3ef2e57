package cn.zugong.plugin.supervision.testing;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.plugin.supervision.SupervisionRules;
import cn.zugong.plugin.supervision.data.SupervisionEntities;
import cn.zugong.plugin.supervision.extension.ConcealmentFacts;
import cn.zugong.plugin.supervision.service.AuditedActions;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.time.LocalDate;

/**
 * The testkit's in-memory context for this plugin: its tables on H2 with its migrations, its rule
 * packs, its own fact source, and an audit trail that fails on an action {@link AuditedActions}
 * does not list.
 */
public final class SupervisionContext {

    /** Wenjiang (Sichuan: the Sichuan pack applies). */
    public static final TenantId WENJIANG = CadreFixtures.WENJIANG;

    public static final TenantId PIDU = CadreFixtures.PIDU;
    /** A county outside Sichuan: the national values only. */
    public static final TenantId KUNMING_WUHUA = new TenantId("530102");
    /** A Monday. */
    public static final LocalDate TODAY = LocalDate.of(2025, 9, 22);

    private SupervisionContext() {}

    public static InMemoryPluginContext create(TenantId county, LocalDate today) {
        InMemoryPluginContext context = InMemoryPluginContext.builder("supervision")
                .entities(new SupervisionEntities().entityClasses())
                .rulePacks(new SupervisionRules().rulePacks())
                .county(county)
                .today(today)
                .build();
        context.audit().onlyListed(AuditedActions.ACTIONS, AuditedActions.SUBJECT_TYPES);
        context.cadreFacts().add(new ConcealmentFacts(context));
        return context;
    }

    public static InMemoryPluginContext create() {
        return create(WENJIANG, TODAY);
    }

    public static CadreRef cadre(InMemoryPluginContext context, TenantId county, String name, String level) {
        return context.cadre(CadreFixtures.cadre(county, name, level));
    }
}
