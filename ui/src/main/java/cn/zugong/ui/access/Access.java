package cn.zugong.ui.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares who may open a route: a user the rule does not permit is sent to the access-denied page
 * before the view is made. A route without it is open to every signed-in user. Its menu entry, if
 * any, is shown to the same users.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Access {

    Class<? extends AccessRule> value();
}
