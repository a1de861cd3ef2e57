package cn.zugong.core.selection.application;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.core.plugin.application.PluginEnablementService;
import cn.zugong.core.plugin.application.PluginHost;
import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Set;

/**
 * Emits the domain events of applied decisions: to the platform's own observers (CDI, during the
 * transaction) and, once the transaction has committed, to the listeners of the plugins the
 * county has enabled, in the county's tenancy.
 */
@ApplicationScoped
public class CaseEvents {

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    PluginHost plugins;

    @Inject
    PluginEnablementService enablement;

    @Inject
    Event<CadreEvent> observers;

    public void emit(CadreEvent event) {
        observers.fire(event);
        Set<String> enabled = enablement.enabledForCurrentTenant();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    TenancyHolder.runAs(Tenancy.writing(event.tenant()), () -> plugins.publish(event, enabled));
                }
            }
        });
    }
}
