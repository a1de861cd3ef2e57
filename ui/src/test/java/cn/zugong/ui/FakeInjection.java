package cn.zugong.ui;

import cn.zugong.ui.inject.PortalInstantiator;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import jakarta.inject.Inject;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Map;

/**
 * The portal's instantiator in a browserless test, with the test's objects in place of the CDI
 * container: a class that declares an injection point is made by its {@code @Inject} constructor,
 * each argument the object given for the parameter's type. A class that also has a public
 * no-argument constructor (the I18N provider) is made by that one where the test does not give all
 * it asks for. Everything else as the portal's instantiator makes it without a container.
 */
final class FakeInjection extends PortalInstantiator {

    private final Map<Class<?>, Object> services;

    private FakeInjection(VaadinService service, Map<Class<?>, Object> services) {
        super(service, null);
        this.services = Map.copyOf(services);
    }

    /** Karibu's servlet, whose service makes its views, frame and texts with these services. */
    static MockVaadinServlet servlet(Routes routes, Map<Class<?>, Object> services) {
        return new MockVaadinServlet(routes, UI::new) {
            @Override
            protected VaadinServletService createServletService(DeploymentConfiguration configuration)
                    throws ServiceException {
                MockService service = new MockService(this, configuration, UI::new) {
                    @Override
                    protected Instantiator createInstantiator() {
                        return new FakeInjection(this, services);
                    }
                };
                service.init();
                routes.register(service.getContext());
                return service;
            }
        };
    }

    @Override
    protected boolean injected(Class<?> type) {
        return injectable(type) && (served(injectionConstructor(type)) || !hasPublicNoArgumentConstructor(type));
    }

    private boolean served(Constructor<?> constructor) {
        return services.keySet().containsAll(Arrays.asList(constructor.getParameterTypes()));
    }

    private static boolean hasPublicNoArgumentConstructor(Class<?> type) {
        try {
            type.getConstructor();
            return true;
        } catch (NoSuchMethodException none) {
            return false;
        }
    }

    private static Constructor<?> injectionConstructor(Class<?> type) {
        return Arrays.stream(type.getDeclaredConstructors())
                .filter(c -> c.isAnnotationPresent(Inject.class))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(type + " has no @Inject constructor"));
    }

    @Override
    protected <T> T inject(Class<T> type) {
        Constructor<?> constructor = injectionConstructor(type);
        Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                .map(this::service)
                .toArray();
        try {
            constructor.setAccessible(true);
            return type.cast(constructor.newInstance(arguments));
        } catch (InvocationTargetException failed) {
            throw failed.getCause() instanceof RuntimeException e ? e : new IllegalStateException(failed.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Object service(Class<?> type) {
        Object service = services.get(type);
        if (service == null) {
            throw new IllegalStateException("The test gives no " + type.getName());
        }
        return service;
    }
}
