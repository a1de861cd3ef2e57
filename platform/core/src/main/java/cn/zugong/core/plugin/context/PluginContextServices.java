package cn.zugong.core.plugin.context;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.selection.SelectionCases;
import cn.zugong.api.transfer.CadreTransfers;
import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.calendar.CalendarService;
import cn.zugong.core.plugin.application.PluginGrants;
import cn.zugong.core.plugin.notice.NoticeStore;
import cn.zugong.core.plugin.publish.PublicationBoard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** The platform services behind every plugin's context, and the factory of contexts. */
@ApplicationScoped
public class PluginContextServices {

    @Inject
    PluginTransactions transactions;

    @Inject
    RegistryCadres cadres;

    @Inject
    RegistryCareers careers;

    @Inject
    RegistryVacancies vacancies;

    /** The selection feature's reads for plugins, by the SDK's interface (no cycle between features). */
    @Inject
    SelectionCases selectionCases;

    @Inject
    AuditTrail audit;

    @Inject
    RuleOverrides overrides;

    @Inject
    PluginGrants grants;

    @Inject
    PublicationBoard publications;

    @Inject
    NoticeStore notices;

    @Inject
    PluginBallots ballots;

    @Inject
    CalendarService calendar;

    @Inject
    HostedFacts facts;

    /** Cross-county transfers, by the SDK's interface (the transfer feature implements it). */
    @Inject
    CadreTransfers transfers;

    Clock clock = Clock.systemDefaultZone();

    /** A new context for a plugin, without persistence until {@link #withPersistence} is called. */
    public HostedContext contextFor(String pluginId, Set<String> dataAccess, Supplier<List<RulePack>> rulePacks) {
        return new HostedContext(pluginId, dataAccess, this, rulePacks);
    }

    /** Gives a context its plugin's entity manager factory. */
    public void withPersistence(HostedContext context, EntityManagerFactory factory) {
        context.persistence(new HostedPersistence(context.pluginId(), factory, transactions));
    }
}
