package cn.zugong.core.tenant;

import java.util.function.Supplier;

/**
 * Holds the {@link Tenancy} of the request running on this thread. The web filter sets it from
 * the token at the start of every request and clears it at the end; Hibernate's tenant resolver
 * and the database wall read it.
 */
public final class TenancyHolder {

    private static final ThreadLocal<Tenancy> CURRENT = new ThreadLocal<>();

    private TenancyHolder() {}

    public static Tenancy current() {
        Tenancy tenancy = CURRENT.get();
        return tenancy == null ? Tenancy.NONE : tenancy;
    }

    public static void set(Tenancy tenancy) {
        CURRENT.set(tenancy);
    }

    public static void clear() {
        CURRENT.remove();
    }

    /** Runs work under another tenancy, restoring the previous one afterwards. */
    public static <T> T callAs(Tenancy tenancy, Supplier<T> work) {
        Tenancy previous = CURRENT.get();
        CURRENT.set(tenancy);
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    public static void runAs(Tenancy tenancy, Runnable work) {
        callAs(tenancy, () -> {
            work.run();
            return null;
        });
    }
}
