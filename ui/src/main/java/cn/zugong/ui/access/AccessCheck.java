package cn.zugong.ui.access;

import cn.zugong.core.security.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;

/** Refuses a route whose {@link Access} rule does not permit the current user, even by direct URL. */
public final class AccessCheck implements BeforeEnterListener {

    private static final ClassValue<AccessRule> RULES = new ClassValue<>() {
        @Override
        protected AccessRule computeValue(Class<?> type) {
            try {
                return (AccessRule) type.getConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("An access rule needs a public no-argument constructor: " + type, e);
            }
        }
    };

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!permits(event.getNavigationTarget())) {
            event.rerouteToError(new AccessDeniedException("error.access.denied"), "error.access.denied");
        }
    }

    /** Whether the current user may open this route (true when it declares no rule). */
    public static boolean permits(Class<?> route) {
        Access access = route.getAnnotation(Access.class);
        return access == null || RULES.get(access.value()).permits();
    }
}
