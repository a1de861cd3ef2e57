package cn.zugong.api.event;

import org.pf4j.ExtensionPoint;

/**
 * Extension point: observes what happens to cadres. The platform calls every listener of every
 * plugin enabled for the event's county, after the change has committed, one event at a time. A
 * listener that throws is logged with the plugin's id; the other listeners still get the event.
 *
 * {@snippet class=cn.zugong.api.snippets.CadreEventSnippets region=listener :
 * @Extension
 * public class DeadlineOnPromotion implements CadreEventListener {
 *     private final Deadlines deadlines;
 *     public DeadlineOnPromotion(PluginContext context) { this.deadlines = new Deadlines(context); }
 *     public void on(CadreEvent event) {
 *         if (event instanceof CadreEvent.Appointed a && a.promotion()) {
 *             deadlines.open(a.tenant(), a.cadreId(), a.effective().plusYears(1));
 *         }
 *     }
 * }
 * }
 */
public interface CadreEventListener extends ExtensionPoint {

    void on(CadreEvent event);
}
