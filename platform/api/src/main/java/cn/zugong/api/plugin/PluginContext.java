package cn.zugong.api.plugin;

import cn.zugong.api.ballot.Ballots;
import cn.zugong.api.cadre.CadreDirectory;
import cn.zugong.api.calendar.WorkingCalendar;
import cn.zugong.api.career.CadreCareers;
import cn.zugong.api.fact.CadreFacts;
import cn.zugong.api.io.Spreadsheets;
import cn.zugong.api.notice.Notices;
import cn.zugong.api.publish.Publications;
import cn.zugong.api.rules.RulePacks;
import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.selection.SelectionCases;
import cn.zugong.api.tenant.TenantContext;
import cn.zugong.api.tenant.TenantId;
import cn.zugong.api.transfer.CadreTransfers;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the platform lends one plugin: the services it may use. Plugin objects are made by PF4J
 * (extensions) and by Vaadin (views), never by CDI; they reach their context either through a
 * public constructor that takes it, which the platform prefers for extensions, or by asking for
 * the context of one of their own classes:
 *
 * {@snippet class=cn.zugong.api.snippets.PluginSnippets region=context :
 * @Extension
 * public class ShortOfHours implements DashboardIndicator {
 *     private final PluginContext context;
 *     public ShortOfHours(PluginContext context) { this.context = context; }
 *     // ...
 * }
 *
 * public class CoursesView extends VerticalLayout {
 *     private final PluginContext context = PluginContext.of(CoursesView.class);
 *     // ...
 * }
 * }
 *
 * <p>Every service acts for the tenancy of the current request (or, in a {@link
 * cn.zugong.api.job.ScheduledJob} or {@link cn.zugong.api.indicator.DashboardIndicator}, of the
 * tenant the platform runs it for), behind the same database wall as the platform's own code.
 */
public interface PluginContext {

    /** The plugin's id, as its descriptor declares it. */
    String pluginId();

    /** Who the current request acts for. */
    TenantContext tenancy();

    /**
     * The cadre registry, read only. Needs {@code cadres.read} in the plugin's declared data
     * access ({@code Plugin-Data-Access}); without it every call is refused.
     */
    CadreDirectory cadres();

    /**
     * The careers of the county's cadres: post holdings, family (audited) and units. Needs {@code
     * cadres.read}, and {@code cadres.family} for the family, in the plugin's declared data access.
     *
     * {@snippet class=cn.zugong.api.snippets.CareerSnippets region=careers :
     * List<CadreCareer> careers = context.careers().inOffice();
     * }
     *
     * @since 1.3.0
     */
    default CadreCareers careers() {
        throw new UnsupportedOperationException("PluginContext.careers needs a platform with SDK 1.3.0");
    }

    /**
     * The county's selection cases, read only. Needs {@code cadres.read} in the plugin's declared
     * data access.
     *
     * @since 1.3.0
     */
    default SelectionCases selectionCases() {
        throw new UnsupportedOperationException("PluginContext.selectionCases needs a platform with SDK 1.3.0");
    }

    /** The plugin's own tables, in the platform's transactions. */
    PluginPersistence persistence();

    /** Writes to the platform's tamper-evident audit trail, under the plugin's id. */
    PluginAudit audit();

    /** Versioned rule packs with county overrides. */
    RulePacks rulePacks();

    /** Reads and writes Excel workbooks (the platform's Apache POI, so plugins need not bundle it). */
    Spreadsheets spreadsheets();

    /**
     * Notices for the county's users, shown in the portal's header.
     *
     * @since 1.1.0
     */
    Notices notices();

    /**
     * What a province's or city's department publishes to the counties below, and what a county
     * receives from above.
     *
     * @since 1.1.0
     */
    Publications publications();

    /**
     * Ballot sessions of the plugin's own (democratic recommendation or evaluation) in the
     * request's county. A platform older than 1.3.0 has none and answers {@link
     * UnsupportedOperationException}.
     *
     * @since 1.3.0
     */
    default Ballots ballots() {
        throw new UnsupportedOperationException("This platform offers no ballots: it needs SDK 1.3.0");
    }

    /**
     * The working-day calendar of a county the request reads, for deadlines counted in working
     * days:
     *
     * {@snippet class=cn.zugong.api.snippets.CalendarSnippets region=deadline :
     * WorkingCalendar calendar = context.workingCalendar(county);
     * LocalDate proposeBy = calendar.plusWorkingDays(received, 10);
     * boolean overdue = today.isAfter(proposeBy);
     * }
     *
     * @throws SecurityException when the request does not read {@code county}
     * @throws UnsupportedOperationException on a platform older than 1.3.0
     * @since 1.3.0
     */
    default WorkingCalendar workingCalendar(TenantId county) {
        throw new UnsupportedOperationException("This platform offers no working calendar: it needs SDK 1.3.0");
    }

    /**
     * Facts about cadres that the plugins a county enabled establish ({@link
     * cn.zugong.api.fact.CadreFactSource}), such as an open concealment finding. Needs {@code
     * cadres.read} in the plugin's declared data access. A platform older than 1.3.0 has none and
     * answers {@link UnsupportedOperationException}.
     *
     * @since 1.3.0
     */
    default CadreFacts cadreFacts() {
        throw new UnsupportedOperationException("This platform offers no cadre facts: it needs SDK 1.3.0");
    }

    /**
     * Cross-county transfers: proposals by a department above two counties, their acceptance by
     * both counties, and the move of the cadre's file. A platform older than 1.3.0 has none and
     * answers {@link UnsupportedOperationException}.
     *
     * @since 1.3.0
     */
    default CadreTransfers transfers() {
        throw new UnsupportedOperationException("This platform offers no transfers: it needs SDK 1.3.0");
    }

    /** The platform's clock; tests of the platform may set it. */
    Clock clock();

    /**
     * Whether the current user holds one of the plugin's permissions in the request's county: one
     * of the user's roles is among those the county's tenant-admin granted it, or, until a grant,
     * among the permission's default roles. Pages use it to offer changes only to those who may
     * make them:
     *
     * {@snippet class=cn.zugong.api.snippets.PluginSnippets region=permitted :
     * add.setVisible(context.permitted(TrainingPermissions.MANAGE));
     * }
     */
    boolean permitted(PluginPermission permission);

    /**
     * The context of the plugin that {@code pluginClass} belongs to.
     *
     * @throws IllegalStateException when the class is not a started plugin's
     */
    static PluginContext of(Class<?> pluginClass) {
        Function<ClassLoader, Optional<PluginContext>> source = ContextSource.source;
        if (source == null) {
            throw new IllegalStateException("The platform has not provided plugin contexts");
        }
        return source.apply(pluginClass.getClassLoader())
                .orElseThrow(() -> new IllegalStateException("Not a started plugin's class: " + pluginClass.getName()));
    }

    /** Called once by the platform. */
    static void provide(Function<ClassLoader, Optional<PluginContext>> contexts) {
        ContextSource.source = Objects.requireNonNull(contexts, "contexts");
    }
}
