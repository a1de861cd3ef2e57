package cn.zugong.api.indicator;

import cn.zugong.api.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: a figure on the dashboard. A county sees its own reading; a supervisor sees the
 * reading of each county in scope that has the plugin enabled, and the aggregate. Each county's
 * figure drills down to the plugin's page that lists what it counts ({@link #listRoute()}).
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
 *     public Optional<String> listRoute() { return Optional.of("training/enrollments?completed=true"); }
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

    /**
     * The route of the plugin's page that lists, for one county, the records this figure counts: a
     * path below the portal root as a {@code PluginView} registers it, without a leading slash,
     * optionally with a query the page reads as a filter ({@code training/shortfall},
     * {@code rotation/due?rule=must}). The platform makes each county's figure a link there with
     * that county shown: a county's user opens it directly; a supervisor's row of a county first
     * narrows the view to that county (as the header's switcher does), then opens it. The
     * aggregate of several counties stays a plain number.
     *
     * <p>Letters, digits, {@code . _ ~ -} in each segment and a query of such characters with
     * {@code = & %} only: no scheme, no {@code //}, no {@code ..}. The platform ignores (and logs)
     * a route outside these, and the figure links nowhere; by default there is none.
     *
     * @since 1.3.0
     */
    default Optional<String> listRoute() {
        return Optional.empty();
    }
}
