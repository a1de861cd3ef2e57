package cn.zugong.core.statistics;

import cn.zugong.core.tenant.Tenancy;
import cn.zugong.core.tenant.TenancyHolder;
import cn.zugong.core.testdb.TestDatabase;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * A test class that only reads the hand-counted fixture ({@link StatisticsFixture}): seeded once
 * for the class, each test's entity manager and tenancy ended after it.
 */
abstract class OnTheFixture {

    private static TestDatabase db;

    /** The entity manager of the test, opened by {@link #readAs}. */
    EntityManager em;

    @BeforeAll
    static void seed() throws Exception {
        db = StatisticsFixture.seed();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @AfterEach
    void clear() {
        if (em != null) {
            em.close();
        }
        TenancyHolder.clear();
    }

    /** The fixture read as {@code tenancy}: the test's entity manager, bound to it. */
    EntityManager readAs(Tenancy tenancy) {
        TenancyHolder.set(tenancy);
        return readAsNobody();
    }

    /** The test's entity manager without a tenancy, for what the walls do not filter. */
    EntityManager readAsNobody() {
        em = db.entityManager();
        return em;
    }
}
