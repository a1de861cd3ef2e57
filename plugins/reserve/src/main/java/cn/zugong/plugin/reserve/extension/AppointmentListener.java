package cn.zugong.plugin.reserve.extension;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.event.CadreEventListener;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.reserve.service.PoolService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.Extension;

/**
 * 使用 (item 3): a member of the pool appointed to a higher post through a selection case leaves
 * the pool as promoted, with the case. A failure is logged, not thrown: the platform stops a plugin
 * whose listener throws.
 */
@Extension
public class AppointmentListener implements CadreEventListener {

    private static final Logger LOG = Logger.getLogger(AppointmentListener.class.getName());

    private final PoolService pool;

    public AppointmentListener(PluginContext context) {
        this.pool = new PoolService(context);
    }

    @Override
    public void on(CadreEvent event) {
        if (event instanceof CadreEvent.Appointed appointed) {
            try {
                pool.onAppointed(appointed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reserve membership not closed for case " + appointed.caseId(), e);
            }
        }
    }
}
