package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.event.CadreEventListener;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.rotation.service.ExchangeCases;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.Extension;

/**
 * Records in the exchange case the day the cadre took up the case's post (the platform's {@code
 * Appointed} event), which closes a case whose relations are transferred. A failure is logged, not
 * thrown: the platform stops a plugin whose listener throws.
 */
@Extension
public class ExchangeListener implements CadreEventListener {

    private static final Logger LOG = Logger.getLogger(ExchangeListener.class.getName());

    private final ExchangeCases exchanges;

    public ExchangeListener(PluginContext context) {
        this.exchanges = new ExchangeCases(context);
    }

    @Override
    public void on(CadreEvent event) {
        if (event instanceof CadreEvent.Appointed appointed) {
            try {
                exchanges.onAppointed(appointed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Exchange case not updated for case " + appointed.caseId(), e);
            }
        }
    }
}
