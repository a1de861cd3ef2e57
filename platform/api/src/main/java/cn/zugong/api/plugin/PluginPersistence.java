package cn.zugong.api.plugin;

import jakarta.persistence.EntityManager;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A plugin's own tables. The platform builds an entity manager factory for the plugin on its own
 * data source, with the classes of the plugin's {@link PluginEntities}, the same tenant resolver
 * and the same database wall. Entities carry Hibernate's {@code @TenantId} on a {@code tenant_id}
 * column; the platform fills it in and filters on it, and on PostgreSQL puts every table of the
 * plugin that has such a column behind row-level security. A plugin refers to the platform's
 * records (cadres, units) by id only.
 *
 * {@snippet class=cn.zugong.api.snippets.PluginSnippets region=persistence :
 * List<Course> courses = context.persistence().inTransaction(em ->
 *         em.createQuery("select c from Course c order by c.starts", Course.class).getResultList());
 * context.persistence().run(em -> em.persist(new Course(UUID.randomUUID(), "党史", BigDecimal.TEN, LocalDate.now())));
 * }
 */
public interface PluginPersistence {

    /**
     * Runs {@code work} in a transaction: the caller's, or a new one committed when the work
     * returns and rolled back when it throws.
     */
    <T> T inTransaction(Function<EntityManager, T> work);

    /** {@link #inTransaction(Function)} for work without a result. */
    default void run(Consumer<EntityManager> work) {
        inTransaction(em -> {
            work.accept(em);
            return null;
        });
    }
}
