package cn.zugong.plugin.supervision.ui;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.view.PluginView;
import cn.zugong.api.view.ViewContribution;
import cn.zugong.plugin.supervision.SupervisionPermissions;
import java.util.List;
import org.pf4j.Extension;

/**
 * The supervision pages and their menu entries. The reports page needs {@code supervision.reports},
 * which no role holds until the county's tenant-admin grants it; the others need {@code
 * supervision.view}, and offer changes only with {@code supervision.manage} in a writable county.
 */
@Extension
public class SupervisionViews implements ViewContribution {

    public static final String REPORTS = "supervision/reports";
    public static final String MATTERS = "supervision/matters";
    public static final String TRIALS = "supervision/trials";
    static final String MEASURES = "supervision/measures";
    public static final String AUDITS = "supervision/audits";

    @Override
    public List<PluginView> views() {
        return List.of(
                new PluginView(
                        REPORTS,
                        ReportsView.class,
                        "supervision.menu.reports",
                        "vaadin:envelope",
                        SupervisionPermissions.REPORTS),
                new PluginView(
                        MATTERS,
                        MattersView.class,
                        "supervision.menu.matters",
                        "vaadin:file-text",
                        SupervisionPermissions.VIEW),
                new PluginView(
                        TRIALS,
                        TrialsView.class,
                        "supervision.menu.trials",
                        "vaadin:hourglass",
                        SupervisionPermissions.VIEW),
                new PluginView(
                        MEASURES,
                        MeasuresView.class,
                        "supervision.menu.measures",
                        "vaadin:clipboard-user",
                        SupervisionPermissions.VIEW),
                new PluginView(
                        AUDITS,
                        AuditsView.class,
                        "supervision.menu.audits",
                        "vaadin:calc-book",
                        SupervisionPermissions.VIEW));
    }

    @Override
    public List<PluginPermission> permissions() {
        return List.of(SupervisionPermissions.VIEW, SupervisionPermissions.MANAGE, SupervisionPermissions.REPORTS);
    }
}
