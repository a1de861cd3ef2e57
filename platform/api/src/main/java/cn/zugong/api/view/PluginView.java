package cn.zugong.api.view;

import cn.zugong.api.security.PluginPermission;
import com.vaadin.flow.component.Component;
import java.util.Objects;

/**
 * A page a plugin adds to the portal, with its entry in the side navigation.
 *
 * <p>The view class must not carry {@code @Route}: the platform registers the route itself while
 * the plugin is started, and refuses it for tenants that have the plugin disabled and for users
 * without the permission, even when the URL is typed directly.
 *
 * {@snippet class=cn.zugong.api.snippets.ViewSnippets region=view :
 * new PluginView("example", ExampleView.class, "example.menu", "vaadin:lightbulb",
 *         new PluginPermission("example.view", Set.of("officer", "tenant-admin")));
 * }
 *
 * @param route path below the portal root, without a leading slash
 * @param viewClass a Vaadin component with a public no-argument constructor
 * @param menuLabelKey message key of the menu entry, resolved from the plugin's bundle
 * @param icon a Vaadin icon name such as {@code vaadin:lightbulb}
 * @param permission what the user needs to see the entry and open the page
 */
public record PluginView(
        String route,
        Class<? extends Component> viewClass,
        String menuLabelKey,
        String icon,
        PluginPermission permission) {

    public PluginView {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(viewClass, "viewClass");
        Objects.requireNonNull(menuLabelKey, "menuLabelKey");
        Objects.requireNonNull(permission, "permission");
        if (route.startsWith("/")) {
            throw new IllegalArgumentException("route without leading slash: " + route);
        }
    }
}
