package cn.zugong.core.plugin.context;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;

/** Runs plugin work in the platform's JTA transaction: the caller's, or a new one. */
@ApplicationScoped
public class PluginTransactions {

    @Transactional
    public <T> T required(Supplier<T> work) {
        return work.get();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T separate(Supplier<T> work) {
        return work.get();
    }
}
