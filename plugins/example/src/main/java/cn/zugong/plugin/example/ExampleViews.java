package cn.zugong.plugin.example;

import cn.zugong.api.security.PluginPermission;
import cn.zugong.api.view.PluginView;
import cn.zugong.api.view.ViewContribution;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/** Contributes the example page, open to officers and tenant admins of counties that enable the plugin. */
@Extension
public class ExampleViews implements ViewContribution {

    /** The example page, which lists the county's holds. */
    public static final String ROUTE = "example";

    static final PluginPermission VIEW = new PluginPermission("example.view", Set.of("officer", "tenant-admin"));

    @Override
    public List<PluginView> views() {
        return List.of(new PluginView(ROUTE, ExampleView.class, "example.menu", "vaadin:lightbulb", VIEW));
    }
}
