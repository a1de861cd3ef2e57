package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.event.CadreEventListener;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.supervision.service.TrialService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.Extension;

/**
 * Opens the trial year of an appointment made with one (DOMAIN §4.2: the event's {@code
 * probation}). A failure is logged, not thrown: the platform stops a plugin whose listener throws.
 */
@Extension
public class TrialListener implements CadreEventListener {

    private static final Logger LOG = Logger.getLogger(TrialListener.class.getName());

    private final TrialService trials;

    public TrialListener(PluginContext context) {
        this.trials = new TrialService(context);
    }

    @Override
    public void on(CadreEvent event) {
        if (event instanceof CadreEvent.Appointed appointed) {
            try {
                trials.onAppointed(appointed);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Trial not opened for case " + appointed.caseId(), e);
            }
        }
    }
}
