package cn.zugong.ui.inject;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.ui.error.NotFoundView;
import cn.zugong.ui.i18n.PortalI18NProvider;
import cn.zugong.ui.layout.MainLayout;
import cn.zugong.ui.selection.CasesView;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;

/** Which classes the instantiator hands to CDI: the portal's own that declare an injection point. */
class PortalInstantiatorTest {

    @Test
    void theViewsAndTheFrameThatTakeServicesAreInjected() {
        assertThat(PortalInstantiator.injectable(CasesView.class)).isTrue();
        assertThat(PortalInstantiator.injectable(MainLayout.class)).isTrue();
        assertThat(PortalInstantiator.injectable(PortalI18NProvider.class)).isTrue();
    }

    @Test
    void classesWithoutAnInjectionPointAndVaadinsOwnAreMadeAsVaadinMakesThem() {
        assertThat(PortalInstantiator.injectable(NotFoundView.class)).isFalse();
        assertThat(PortalInstantiator.injectable(Div.class)).isFalse();
    }

    @Test
    void withoutAContainerNothingIsInjected() {
        assertThat(new PortalInstantiator(null, null).injected(CasesView.class)).isFalse();
    }
}
