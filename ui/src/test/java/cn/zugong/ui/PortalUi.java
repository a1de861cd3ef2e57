package cn.zugong.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.UI;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browserless Vaadin UI for each test (Karibu-Testing) that translates with the portal's own
 * bundles: {@code @ExtendWith(PortalUi.class)}; or, registered as {@link #serving}, whose views,
 * frame and texts get the test's services injected as the portal's instantiator injects the
 * container's. The test's own {@code @BeforeEach} methods run after the UI exists, so they may set
 * its locale.
 */
public final class PortalUi implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    private final Routes routes;
    private final Map<Class<?>, Object> services;

    public PortalUi() {
        this(new Routes(), Map.of());
    }

    private PortalUi(Routes routes, Map<Class<?>, Object> services) {
        this.routes = routes;
        this.services = services;
    }

    /**
     * For {@code @RegisterExtension}: a UI with these routes whose views get these services (each
     * under the class an {@code @Inject} constructor asks for).
     */
    public static PortalUi serving(Routes routes, Map<Class<?>, Object> services) {
        return new PortalUi(routes, services);
    }

    /** Starts a browserless UI now, as {@link #serving} does before each test. */
    public static void start(Routes routes, Map<Class<?>, Object> services) {
        useThePortalsTranslations();
        MockVaadin.setup(UI::new, FakeInjection.servlet(routes, services));
    }

    private static void useThePortalsTranslations() {
        System.setProperty("vaadin.i18n.provider", "cn.zugong.ui.i18n.PortalI18NProvider");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        useThePortalsTranslations();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start(routes, services);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MockVaadin.tearDown();
    }
}
