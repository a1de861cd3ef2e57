package cn.zugong.plugin.training.ui;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.view.PluginView;
import cn.zugong.api.view.ViewContribution;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pf4j.Extension;

/**
 * The training pages and their menu entries. Reading needs {@code training.view} (officers, tenant
 * admins and viewers); the import page, which only changes data, needs {@code training.manage}
 * (officers and tenant admins), so the platform refuses it to the others. Within the reading
 * pages changes are offered only where the request has a writable county and the user holds
 * {@code training.manage} ({@link cn.zugong.api.plugin.PluginContext#permitted}).
 */
@Extension
public class TrainingViews implements ViewContribution {

    public static final PluginPermission VIEW =
            new PluginPermission("training.view", Set.of("officer", "tenant-admin", "viewer", "supervisor"));
    public static final PluginPermission MANAGE =
            new PluginPermission("training.manage", Set.of("officer", "tenant-admin"));

    static final String CATALOGUE = "training";
    static final String CADRE = "training/cadre";
    /** The county's cadres short of the requirement: what the completion indicators count the rest of. */
    public static final String SHORTFALL = "training/shortfall";

    static final String IMPORT = "training/import";

    @Override
    public List<PluginView> views() {
        return List.of(
                new PluginView(CATALOGUE, CatalogueView.class, "training.menu.catalogue", "vaadin:academy-cap", VIEW),
                new PluginView(CADRE, CadreView.class, "training.menu.cadre", "vaadin:user-card", VIEW),
                new PluginView(SHORTFALL, ShortfallView.class, "training.menu.shortfall", "vaadin:warning", VIEW),
                new PluginView(IMPORT, ImportView.class, "training.menu.import", "vaadin:upload", MANAGE));
    }

    /** The link to one cadre's training record, as the gate's evidence and the lists give it. */
    static String cadreLink(UUID cadreId) {
        return CADRE + "?cadre=" + cadreId;
    }
}
