package cn.zugong.core.plugin.context;

import cn.zugong.api.plugin.PluginPersistence;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.SynchronizationType;
import java.util.function.Function;

/** A plugin's persistence: its entity manager factory, joined to the platform's transactions. */
final class HostedPersistence implements PluginPersistence {

    private final String pluginId;
    private final EntityManagerFactory factory;
    private final PluginTransactions transactions;

    HostedPersistence(String pluginId, EntityManagerFactory factory, PluginTransactions transactions) {
        this.pluginId = pluginId;
        this.factory = factory;
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        if (factory == null) {
            throw new IllegalStateException("Plugin " + pluginId + " declares no PluginEntities");
        }
        // through the bean's proxy, so that the transaction interceptor runs
        java.util.function.Supplier<T> inEntityManager = () -> {
            EntityManager em = factory.createEntityManager(SynchronizationType.SYNCHRONIZED);
            try {
                em.joinTransaction();
                T result = work.apply(em);
                em.flush();
                return result;
            } finally {
                em.close();
            }
        };
        return PluginTransactions.joinOrStart(transactions, inEntityManager);
    }
}
