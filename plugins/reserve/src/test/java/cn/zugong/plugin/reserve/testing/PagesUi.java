package cn.zugong.plugin.reserve.testing;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.reserve.ui.BatchView;
import cn.zugong.testkit.context.InMemoryPluginContext;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Locale;
import java.util.Optional;

/**
 * A browserless UI (Karibu-Testing) for the plugin's pages, with the plugin's translations and
 * {@link PluginContext#of} answering with the test platform, as the platform answers for a started
 * plugin. The batch page is registered at its route, as the platform registers it.
 */
public final class PagesUi {

    public static final String BATCH_ROUTE = "reserve/batch";

    private PagesUi() {}

    public static void open(InMemoryPluginContext platform) {
        System.setProperty("vaadin.i18n.provider", ReserveTranslations.class.getName());
        PluginContext.provide(loader -> Optional.of(platform));
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RouteConfiguration.forApplicationScope().setRoute(BATCH_ROUTE, BatchView.class);
    }

    public static void close() {
        MockVaadin.tearDown();
    }
}
