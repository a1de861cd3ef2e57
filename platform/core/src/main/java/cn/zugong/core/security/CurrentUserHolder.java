package cn.zugong.core.security;

import java.util.Optional;

/** The user of the request running on this thread, set by the web filter next to the tenancy. */
public final class CurrentUserHolder {

    private static final ThreadLocal<CurrentUser> CURRENT = new ThreadLocal<>();

    private CurrentUserHolder() {}

    public static Optional<CurrentUser> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void set(CurrentUser user) {
        CURRENT.set(user);
    }

    public static void clear() {
        CURRENT.remove();
    }

    public static boolean hasRole(String role) {
        return current().map(u -> u.hasRole(role)).orElse(false);
    }
}
