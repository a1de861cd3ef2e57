package cn.zugong.plugin.training.testing;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.training.ui.CadreView;
import cn.zugong.testkit.context.InMemoryPluginContext;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Locale;
import java.util.Optional;

/**
 * A browserless UI (Karibu-Testing) for the plugin's pages, with the plugin's translations and
 * {@link PluginContext#of} answering with the test platform, as the platform answers for a started
 * plugin. The cadre page is registered at its route, as the platform registers it.
 */
public final class PagesUi {

    private PagesUi() {}

    public static void open(InMemoryPluginContext platform) {
        System.setProperty("vaadin.i18n.provider", TrainingTranslations.class.getName());
        PluginContext.provide(loader -> Optional.of(platform));
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RouteConfiguration.forApplicationScope().setRoute("training/cadre", CadreView.class);
    }

    public static void close() {
        MockVaadin.tearDown();
    }
}
