package cn.zugong.api.indicator;

import cn.zugong.api.tenant.TenantId;
import java.util.List;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: a figure on the dashboard. A county sees its own reading; a supervisor sees the
 * reading of each county in scope that has the plugin enabled, and the aggregate.
 *
 * {@snippet class=cn.zugong.api.snippets.IndicatorSnippets region=indicator :
 * @Extension
 * public class TrainingCompletion implements DashboardIndicator {
 *     private final PluginContext context;
 *     public TrainingCompletion(PluginContext context) { this.context = context; }
 *     public String id() { return "training.completion"; }
 *     public String nameKey() { return "training.indicator.completion"; }
 *     public Measure measure(TenantId tenant) {
 *         return context.persistence().inTransaction(em -> new Measure(
 *                 em.createQuery("select count(e) from Enrollment e where e.completed", Long.class).getSingleResult(),
 *                 em.createQuery("select count(e) from Enrollment e", Long.class).getSingleResult()));
 *     }
 * }
 * }
 */
public interface DashboardIndicator extends ExtensionPoint {

    /** A stable id, unique on the platform, prefixed by the plugin's id. */
    String id();

    /** The message key of the indicator's name. */
    String nameKey();

    /**
     * The reading for one county. The platform calls it with that county as the only readable
     * tenant, so the plugin's persistence and the cadre directory see that county's data only.
     */
    Measure measure(TenantId tenant);

    /** The aggregate of several counties' readings; by default their sum. */
    default Measure aggregate(List<Measure> perTenant) {
        return Measure.sum(perTenant);
    }
}
