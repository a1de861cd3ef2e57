package cn.zugong.plugin.supervision.testing;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.Optional;

/**
 * A browserless UI (Karibu-Testing) for the plugin's pages, with the plugin's translations and
 * {@link PluginContext#of} answering with the test platform, as the platform answers for a started
 * plugin.
 */
public final class PagesUi {

    private PagesUi() {}

    public static void open(InMemoryPluginContext platform) {
        System.setProperty("vaadin.i18n.provider", SupervisionTranslations.class.getName());
        PluginContext.provide(loader -> Optional.of(platform));
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
    }

    public static void close() {
        MockVaadin.tearDown();
    }
}
