package cn.zugong.testkit.context;

import cn.zugong.api.plugin.PluginPersistence;
import cn.zugong.api.tenant.TenantContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;
import org.hibernate.jpa.HibernatePersistenceConfiguration;

/**
 * A plugin's persistence as the platform gives it: Hibernate over a {@link PluginDatabase} with the
 * plugin's entity classes, the mapping validated against the migrated schema, the tenant of every
 * session taken from the request's tenancy (so {@code @TenantId} fills and filters as in the
 * portal), and work that joins the caller's transaction or begins one.
 */
public final class TestEntityManagers implements PluginPersistence, AutoCloseable {

    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();
    private final EntityManagerFactory factory;

    /** Persistence for {@code entities} on a migrated {@code database}, for the tenancy {@code tenancy} gives. */
    public TestEntityManagers(PluginDatabase database, List<Class<?>> entities, Supplier<TenantContext> tenancy) {
        CurrentTenantIdentifierResolver<String> resolver = new CurrentTenantIdentifierResolver<>() {
            @Override
            public String resolveCurrentTenantIdentifier() {
                return TestTenancy.identifier(tenancy.get());
            }

            @Override
            public boolean validateExistingCurrentSessions() {
                return true;
            }

            @Override
            public boolean isRoot(String tenantId) {
                return PluginDatabase.ROOT.equals(tenantId);
            }
        };
        factory = new HibernatePersistenceConfiguration(database.pluginId() + "-test")
                .managedClasses(entities.toArray(Class<?>[]::new))
                .property("jakarta.persistence.jdbc.url", database.url())
                .property("jakarta.persistence.jdbc.user", "sa")
                .property("jakarta.persistence.jdbc.password", "")
                .property("hibernate.tenant_identifier_resolver", resolver)
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.jdbc.time_zone", "UTC")
                .createEntityManagerFactory();
    }

    /** The entity manager factory, for a test that reads outside the plugin's code. */
    public EntityManagerFactory factory() {
        return factory;
    }

    @Override
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        current.set(em);
        try {
            transaction.begin();
            T result = work.apply(em);
            em.flush();
            transaction.commit();
            return result;
        } catch (RuntimeException e) {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            throw e;
        } finally {
            current.remove();
            em.close();
        }
    }

    @Override
    public void close() {
        factory.close();
    }
}
