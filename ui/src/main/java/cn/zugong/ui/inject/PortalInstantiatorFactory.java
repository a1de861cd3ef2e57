package cn.zugong.ui.inject;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;

/**
 * Vaadin's hook for the instantiator ({@code META-INF/services/com.vaadin.flow.di.InstantiatorFactory};
 * the vaadin-cdi add-on, which would otherwise do this, does not exist for Vaadin 25). Gives the
 * {@link PortalInstantiator} the application's {@link BeanManager}, or none where no CDI container
 * runs (browserless view tests), where it then makes everything as Vaadin's default does.
 */
public class PortalInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        return new PortalInstantiator(service, beanManager());
    }

    private static BeanManager beanManager() {
        try {
            return CDI.current().getBeanManager();
        } catch (IllegalStateException noContainer) {
            return null;
        }
    }
}
