package cn.zugong.plugin.training.extension;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.event.CadreEventListener;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.training.service.FollowUpService;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pf4j.Extension;

/**
 * DOMAIN T2, V-T5: when a promotion takes effect with the training requirement unmet, records the
 * make-up deadline. A failure is logged, not thrown: the platform stops a plugin whose listener
 * throws, and has no retry for an event.
 */
@Extension
public class PromotionListener implements CadreEventListener {

    private static final Logger LOG = Logger.getLogger(PromotionListener.class.getName());

    private final FollowUpService followUps;

    public PromotionListener(PluginContext context) {
        this.followUps = new FollowUpService(context);
    }

    @Override
    public void on(CadreEvent event) {
        if (!(event instanceof CadreEvent.Appointed appointed) || !appointed.promotion()) {
            return;
        }
        try {
            followUps.onAppointed(appointed);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.SEVERE,
                    "No training follow-up recorded for the promotion of cadre " + appointed.cadreId() + " (case "
                            + appointed.caseId() + ", county " + appointed.tenant() + ")",
                    e);
        }
    }
}
