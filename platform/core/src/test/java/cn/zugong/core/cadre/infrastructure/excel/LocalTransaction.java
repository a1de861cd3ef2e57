package cn.zugong.core.cadre.infrastructure.excel;

import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;

/** A resource-local transaction of one entity manager in the shape of JTA's {@link UserTransaction}. */
record LocalTransaction(EntityManager em) implements UserTransaction {

    @Override
    public void begin() {
        em.getTransaction().begin();
    }

    @Override
    public void commit() {
        em.getTransaction().commit();
        em.clear();
    }

    @Override
    public void rollback() {
        em.getTransaction().rollback();
        em.clear();
    }

    @Override
    public void setRollbackOnly() {
        em.getTransaction().setRollbackOnly();
    }

    @Override
    public int getStatus() {
        return em.getTransaction().isActive() ? Status.STATUS_ACTIVE : Status.STATUS_NO_TRANSACTION;
    }

    @Override
    public void setTransactionTimeout(int seconds) {}
}
