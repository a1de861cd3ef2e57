package cn.zugong.core.plugin.context;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs plugin work in the platform's JTA transaction: the caller's, or a new one. */
@ApplicationScoped
public class PluginTransactions {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Whether the thread has an active transaction to join. After a commit, in the completion
     * callbacks, the finished transaction is still bound to the thread but not active: work then
     * needs a new one ({@link #separate}).
     */
    public boolean active() {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    /**
     * Runs work in the caller's transaction when one is active, else in a new one (also after a
     * commit, in the completion callbacks). Call it with the bean's proxy, so that the transaction
     * interceptor runs.
     */
    static <T> T joinOrStart(PluginTransactions transactions, Supplier<T> work) {
        return transactions.active() ? transactions.required(work) : transactions.separate(work);
    }

    @Transactional
    public <T> T required(Supplier<T> work) {
        return work.get();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T separate(Supplier<T> work) {
        return work.get();
    }
}
