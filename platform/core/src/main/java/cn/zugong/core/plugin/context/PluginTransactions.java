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
     * Joins the caller's active transaction, or runs in a new one; also after a commit, in the
     * completion callbacks where the finished transaction is still bound to the thread.
     */
    public <T> T joinOrBegin(Supplier<T> work) {
        return transactions.getTransactionStatus() == Status.STATUS_ACTIVE ? required(work) : separate(work);
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
