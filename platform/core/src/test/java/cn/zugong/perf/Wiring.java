package cn.zugong.perf;

import cn.zugong.core.audit.AuditTrail;
import cn.zugong.core.cadre.application.CadreAudit;
import cn.zugong.core.cadre.application.CadreFiguresService;
import cn.zugong.core.cadre.application.CadreService;
import cn.zugong.core.cadre.infrastructure.excel.CadreImport;
import cn.zugong.core.cadre.infrastructure.interchange.LrmxImport;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.selection.application.OversightService;
import cn.zugong.core.selection.application.SelectionService;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.lang.reflect.Field;

/**
 * The portal's services wired by hand, as CDI wires them on the server, on one entity manager.
 * Without the container there are no {@code @Transactional} interceptors: the benchmarks begin and
 * end the transactions themselves, around the same calls the views make.
 */
final class Wiring {

    private Wiring() {}

    static CadreService cadreService(EntityManager em) {
        AuditTrail trail = set(new AuditTrail(), "em", em);
        CadreAudit audit = set(new CadreAudit(), "trail", trail);
        return set(set(set(new CadreService(), "em", em), "reports", em), "audit", audit);
    }

    static CadreFiguresService cadreFigures(EntityManager em) {
        return set(new CadreFiguresService(), "em", em);
    }

    static QuotaService quota(EntityManager em) {
        return set(new QuotaService(), "em", em);
    }

    static SelectionService selection(EntityManager em) {
        return set(set(new SelectionService(), "em", em), "reports", em);
    }

    static OversightService oversight(EntityManager em) {
        return set(set(new OversightService(), "em", em), "reports", em);
    }

    static LrmxImport lrmxImport(EntityManager em) {
        return set(set(new LrmxImport(), "em", em), "cadres", cadreService(em));
    }

    /** The Excel import, its transactions on the entity manager; {@code commit} false rolls back instead. */
    static CadreImport cadreImport(EntityManager em, boolean commit) {
        return set(set(new CadreImport(), "em", em), "transaction", new LocalTransaction(em, commit));
    }

    private static <T> T set(T target, String field, Object value) {
        try {
            Field f = target.getClass().getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
            return target;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A resource-local transaction in the shape of JTA's {@link UserTransaction}. */
    private record LocalTransaction(EntityManager em, boolean keep) implements UserTransaction {
        private EntityTransaction tx() {
            return em.getTransaction();
        }

        @Override
        public void begin() {
            tx().begin();
        }

        @Override
        public void commit() {
            if (keep) {
                tx().commit();
            } else {
                em.flush();
                tx().rollback();
            }
        }

        @Override
        public void rollback() {
            tx().rollback();
        }

        @Override
        public void setRollbackOnly() {
            tx().setRollbackOnly();
        }

        @Override
        public int getStatus() {
            return tx().isActive() ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public void setTransactionTimeout(int seconds) {}
    }
}
