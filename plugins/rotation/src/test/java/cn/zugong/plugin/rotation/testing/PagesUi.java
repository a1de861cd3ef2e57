package cn.zugong.plugin.rotation.testing;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.plugin.rotation.service.TermsLink;
import cn.zugong.plugin.rotation.ui.PlansView;
import cn.zugong.plugin.rotation.ui.TermsView;
import cn.zugong.testkit.context.InMemoryPluginContext;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.Locale;
import java.util.Optional;

/**
 * A browserless UI (Karibu-Testing) for the plugin's pages, with the plugin's translations and
 * {@link PluginContext#of} answering with the test platform, as the platform answers for a started
 * plugin. The terms and plans pages are registered at their routes, as the platform registers it.
 */
public final class PagesUi {

    /** The route the platform gives the plans page ({@code RotationViews}). */
    public static final String PLANS = "rotation/plans";

    private PagesUi() {}

    public static void open(InMemoryPluginContext platform) {
        System.setProperty("vaadin.i18n.provider", RotationTranslations.class.getName());
        PluginContext.provide(loader -> Optional.of(platform));
        MockVaadin.setup();
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        RouteConfiguration.forApplicationScope().setRoute(TermsLink.ROUTE, TermsView.class);
        RouteConfiguration.forApplicationScope().setRoute(PLANS, PlansView.class);
    }

    public static void close() {
        MockVaadin.tearDown();
    }
}
