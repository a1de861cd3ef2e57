package cn.zugong.ui.inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.ReflectTools;
import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.enterprise.context.spi.CreationalContext;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.InjectionTarget;
import jakarta.inject.Inject;
import java.lang.reflect.AccessibleObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Makes the portal's route targets, layouts and components through CDI, so that they get the
 * platform's services by injection: a class of the web application that declares an injection
 * point ({@code @Inject} on a constructor, field or method, its superclasses included) is produced
 * by its CDI injection target (constructor, fields, initializer methods, {@code @PostConstruct}).
 * Listeners that need services are CDI beans implementing {@link VaadinServiceInitListener}, added
 * to those the service loader lists; the I18N provider named by {@code i18n.provider} is made by
 * injection when it declares an injection point, once for this instantiator (Vaadin's default
 * keeps one for the whole class loader, which view tests would share). Everything else (Vaadin's
 * own classes, the plugins' views, the menu access control, the lookup of other services) is made
 * as Vaadin's {@link DefaultInstantiator} makes it. Without a CDI container (browserless view
 * tests) nothing is injected: classes are made as by the default instantiator, the I18N provider
 * by its public no-argument constructor.
 *
 * <p>Why non-contextual instances (the {@link InjectionTarget} of a class that is not a bean) and
 * not {@code @Dependent} beans, on WildFly Preview 39 with Weld 6:
 *
 * <ul>
 *   <li>The web application is a bean archive in {@code annotated} discovery mode: a view is a bean
 *       only with a bean-defining annotation. As beans, every view, layout and component would take
 *       its Vaadin supertypes ({@code Component}, {@code HasElement}, the observers …) as bean
 *       types, resolvable by any injection point of those types and validated with the deployment,
 *       for nothing: no one injects a view. An injection target needs no annotation on the view.
 *   <li>A {@code @Dependent} bean taken from {@code CDI.current()} or an {@code Instance} stays
 *       referenced by it, with its own dependent objects, until it is destroyed by hand: views
 *       would leak unless released on detach, and Vaadin detaches and re-attaches the same layout
 *       and component. The creational context made here for an injection target's instance is
 *       kept by no one, so what it created for the view (a {@code @Dependent} parameter object such
 *       as the selection pages' services) is referenced by the view alone and collected with it
 *       when Vaadin drops the view; their {@code @PreDestroy} would not run, and none has one. The
 *       services themselves are {@code @ApplicationScoped}: views hold their client proxies.
 *   <li>Only classes of the web application's own class loader go to Weld: plugins' views come
 *       from PF4J class loaders that are dropped when a plugin is unloaded, and Weld keeps the
 *       annotated type of every class it is handed. Plugins reach the platform through their
 *       {@code PluginContext}.
 * </ul>
 */
public class PortalInstantiator extends DefaultInstantiator {

    private static final ClassValue<Boolean> DECLARES_INJECTION = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                if (annotated(c.getDeclaredConstructors())
                        || annotated(c.getDeclaredFields())
                        || annotated(c.getDeclaredMethods())) {
                    return true;
                }
            }
            return false;
        }

        private static boolean annotated(AccessibleObject[] members) {
            for (AccessibleObject member : members) {
                if (member.isAnnotationPresent(Inject.class)) {
                    return true;
                }
            }
            return false;
        }
    };

    private final BeanManager beans;
    private final Map<Class<?>, InjectionTarget<?>> targets = new ConcurrentHashMap<>();
    private volatile I18NProvider i18n;

    /** An instantiator that injects from these beans; none: Vaadin's default behaviour. */
    public PortalInstantiator(VaadinService service, BeanManager beans) {
        super(service);
        this.beans = beans;
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return injected(type) ? inject(type) : super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return injected(componentClass) ? inject(componentClass) : super.createComponent(componentClass);
    }

    /** The service loader's listeners and the CDI beans that are listeners. */
    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(), listenerBeans());
    }

    /**
     * The provider named by {@code i18n.provider}, made once for this instantiator (by injection
     * where it declares an injection point); Vaadin's default (one for the whole class loader)
     * where none is named.
     */
    @Override
    public I18NProvider getI18NProvider() {
        I18NProvider made = i18n;
        if (made == null) {
            synchronized (this) {
                if (i18n == null) {
                    i18n = namedI18NProvider();
                }
                made = i18n;
            }
        }
        return made;
    }

    private I18NProvider namedI18NProvider() {
        String name = getInitProperty(InitParameters.I18N_PROVIDER);
        if (name == null) {
            return super.getI18NProvider();
        }
        Class<? extends I18NProvider> type;
        try {
            type = getClassLoader().loadClass(name).asSubclass(I18NProvider.class);
        } catch (ClassNotFoundException | ClassCastException unusable) {
            return super.getI18NProvider(); // which says what is wrong with it
        }
        return injected(type) ? inject(type) : ReflectTools.createInstance(type);
    }

    /** Whether this class is made by injection: an injectable one, where a container runs. */
    protected boolean injected(Class<?> type) {
        return beans != null && injectable(type);
    }

    /** Whether the class is the web application's own and declares an injection point. */
    protected static boolean injectable(Class<?> type) {
        return type.getClassLoader() == PortalInstantiator.class.getClassLoader() && DECLARES_INJECTION.get(type);
    }

    /** A new instance of the class with its injection points served. */
    protected <T> T inject(Class<T> type) {
        @SuppressWarnings("unchecked")
        InjectionTarget<T> target = (InjectionTarget<T>)
                targets.computeIfAbsent(type, t -> beans.getInjectionTargetFactory(beans.createAnnotatedType(t))
                        .createInjectionTarget(null));
        CreationalContext<T> context = beans.createCreationalContext(null);
        T instance = target.produce(context);
        target.inject(instance, context);
        target.postConstruct(instance);
        return instance;
    }

    /** The CDI beans that are service init listeners (made once, when the service starts). */
    protected Stream<VaadinServiceInitListener> listenerBeans() {
        return beans == null ? Stream.empty() : beans.createInstance().select(VaadinServiceInitListener.class).stream();
    }
}
