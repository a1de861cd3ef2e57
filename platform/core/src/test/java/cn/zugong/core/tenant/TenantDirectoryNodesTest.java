package cn.zugong.core.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.tenant.TenantId;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.Test;

/**
 * Two nodes, each with its own directory and its own entity manager factory, on one database: a
 * tenant suspended through one node is suspended on the other at its next read, although that
 * node had the tree in memory (the version row is read at every read).
 */
class TenantDirectoryNodesTest {

    private static final TenantId WENJIANG = new TenantId("510115");

    @Test
    void aTenantSuspendedThroughOneNodeIsSuspendedOnTheOtherAtItsNextRead() throws Exception {
        try (TestDatabase db = new TestDatabase(Tenant.class);
                SessionFactory nodeB = new Configuration()
                        .addAnnotatedClass(Tenant.class)
                        .setProperty("hibernate.connection.url", db.url())
                        .setProperty("hibernate.connection.username", "sa")
                        .setProperty("hibernate.connection.password", "")
                        .setProperty("hibernate.hbm2ddl.auto", "none")
                        .buildSessionFactory()) {
            db.tenant(WENJIANG.code());
            EntityManager emA = db.entityManager();
            TenantDirectory a = TestDatabase.wire(new TenantDirectory(), "em", emA);
            TenantDirectory b = TestDatabase.wire(new TenantDirectory(), "em", nodeB.createEntityManager());
            assertThat(b.suspended(WENJIANG)).isFalse();
            assertThat(a.suspended(WENJIANG)).isFalse();

            emA.getTransaction().begin();
            emA.createNativeQuery("update tenant set status = 'SUSPENDED' where code = ?1")
                    .setParameter(1, WENJIANG.code())
                    .executeUpdate();
            a.changed();
            emA.getTransaction().commit();

            assertThat(b.suspended(WENJIANG)).isTrue();
            assertThat(b.active()).isEmpty();
        }
    }
}
