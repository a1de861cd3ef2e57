package cn.zugong.ui.menu;

import cn.zugong.ui.access.AccessCheck;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The application's side navigation: the routes that carry a {@link MenuEntry}, read once from the
 * route registry, and the entries contributed at start-up (the plugins' pages), each filtered for
 * the current user and listed in order; and the components other parts add to the frame's header
 * (the notices' bell).
 */
public final class Menu {

    /** Where the plugins' pages stand among the core entries. */
    public static final int PLUGINS = 80;

    private final VaadinContext context;
    // in the order contributed (guarded by this)
    private final Map<Class<?>, MenuContribution> contributions = new LinkedHashMap<>();
    private final Set<Class<? extends Component>> headerItems = new LinkedHashSet<>();
    private volatile List<Class<? extends Component>> annotated;

    private Menu(VaadinContext context) {
        this.context = context;
    }

    /** The menu of this application. */
    public static Menu of(VaadinContext context) {
        return context.getAttribute(Menu.class, () -> new Menu(context));
    }

    /** Adds (or, for the same class, replaces) a contribution. */
    public synchronized void contribute(MenuContribution contribution) {
        contributions.put(contribution.getClass(), contribution);
    }

    /**
     * Adds a component of the frame's header, made for each frame by Vaadin's instantiator (so it
     * gets its services injected), placed between the tenant and the language.
     */
    public synchronized void contributeToHeader(Class<? extends Component> type) {
        headerItems.add(type);
    }

    /** The header's contributed components, made anew for a frame, in the order contributed. */
    public List<Component> headerItems(Instantiator instantiator) {
        List<Class<? extends Component>> types;
        synchronized (this) {
            types = List.copyOf(headerItems);
        }
        return types.stream().<Component>map(instantiator::createComponent).toList();
    }

    /** What the current user may open, in order. */
    public List<MenuItem> items() {
        List<MenuItem> items = new ArrayList<>();
        for (Class<? extends Component> route : annotatedRoutes()) {
            if (AccessCheck.permits(route)) {
                MenuEntry entry = route.getAnnotation(MenuEntry.class);
                items.add(MenuItem.route(entry.order(), entry.label(), route, entry.icon()::create));
            }
        }
        List<MenuContribution> contributed;
        synchronized (this) {
            contributed = List.copyOf(contributions.values());
        }
        contributed.forEach(c -> items.addAll(c.items()));
        items.sort(Comparator.comparingInt(MenuItem::order));
        return items;
    }

    private List<Class<? extends Component>> annotatedRoutes() {
        if (annotated == null) {
            annotated =
                    RouteConfiguration.forRegistry(ApplicationRouteRegistry.getInstance(context))
                            .getAvailableRoutes()
                            .stream()
                            .map(RouteData::getNavigationTarget)
                            .filter(target -> target.isAnnotationPresent(MenuEntry.class))
                            .distinct()
                            .<Class<? extends Component>>map(target -> target)
                            .toList();
        }
        return annotated;
    }
}
