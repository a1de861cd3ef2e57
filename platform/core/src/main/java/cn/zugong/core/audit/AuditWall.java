package cn.zugong.core.audit;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * The audit tables' side of the PostgreSQL wall. Their read policy looks at the transaction-local
 * setting {@code zugong.audit_tenants} only, which nothing but the audit services sets (through
 * {@code zugong_open_audit}, which proves it with the transaction's tenancy), and only after
 * their role check: so an auditor without a tenant reads every tenant's trail, while every
 * other service keeps reading exactly what its tenancy allows. On H2 there is no wall and this
 * does nothing.
 */
final class AuditWall {

    private static volatile Boolean postgres;

    private AuditWall() {}

    /** Lets the current transaction read (and append to) the trails of these tenants. */
    static void open(EntityManager em, Collection<String> tenants) {
        if (isPostgres(em)) {
            em.createNativeQuery("select zugong_open_audit(?1)")
                    .setParameter(1, tenants.stream().sorted().collect(Collectors.joining(",")))
                    .getSingleResult();
        }
    }

    static boolean isPostgres(EntityManager em) {
        Boolean known = postgres;
        if (known == null) {
            known = em.unwrap(Session.class)
                    .doReturningWork(c -> c.getMetaData().getDatabaseProductName())
                    .toLowerCase()
                    .contains("postgres");
            postgres = known;
        }
        return known;
    }
}
