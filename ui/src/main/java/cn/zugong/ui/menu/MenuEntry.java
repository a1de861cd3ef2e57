package cn.zugong.ui.menu;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts a route into the side navigation, for the users its {@link cn.zugong.ui.access.Access} rule
 * permits (everyone without one). Entries are listed by {@link #order}; plugins' pages come at
 * {@link Menu#PLUGINS}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface MenuEntry {

    /** The message key of the label. */
    String label();

    VaadinIcon icon();

    int order();
}
