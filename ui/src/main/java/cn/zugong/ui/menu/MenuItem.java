package cn.zugong.ui.menu;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.function.Supplier;

/**
 * One entry of the side navigation: a route class (its aliases then mark it current too) or, for a
 * page registered at run time, its address.
 */
public record MenuItem(
        int order, String labelKey, Class<? extends Component> target, String path, Supplier<Icon> icon) {

    public static MenuItem route(int order, String labelKey, Class<? extends Component> target, Supplier<Icon> icon) {
        return new MenuItem(order, labelKey, target, null, icon);
    }

    public static MenuItem path(int order, String labelKey, String path, Supplier<Icon> icon) {
        return new MenuItem(order, labelKey, null, path, icon);
    }

    /** The navigation item under the translated label. */
    public SideNavItem navItem(String label) {
        return target != null ? new SideNavItem(label, target, icon.get()) : new SideNavItem(label, path, icon.get());
    }
}
