package cn.zugong.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browserless Vaadin UI for each test (Karibu-Testing) that translates with the portal's own
 * bundles: {@code @ExtendWith(PortalUi.class)}. The test's own {@code @BeforeEach} methods run
 * after the UI exists, so they may set its locale.
 */
public final class PortalUi implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        System.setProperty("vaadin.i18n.provider", "cn.zugong.ui.i18n.PortalI18NProvider");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        MockVaadin.setup();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MockVaadin.tearDown();
    }
}
