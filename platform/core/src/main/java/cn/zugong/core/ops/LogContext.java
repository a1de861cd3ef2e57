package cn.zugong.core.ops;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.MDC;

/**
 * What every log line of a request or a job carries, so that one county's day can be followed:
 * the tenant ({@code tenant}, a division code), the user ({@code user}, the login name, never a
 * person's name or id number), the request's id ({@code requestId}) and the route ({@code route},
 * a template such as {@code cadres/:id}, never a path with ids). Kept in the logging MDC of the
 * thread (WildFly's JSON formatter writes it as {@code mdc}); {@link #close} clears it, so a
 * pooled thread carries nothing into the next request.
 */
public final class LogContext implements AutoCloseable {

    public static final String TENANT = "tenant";
    public static final String USER = "user";
    public static final String REQUEST_ID = "requestId";
    public static final String ROUTE = "route";

    private LogContext() {}

    /** Opens the context; null values are left out. Close it in a finally (try-with-resources). */
    public static LogContext open(String tenant, String user, String requestId, String route) {
        put(TENANT, tenant);
        put(USER, user);
        put(REQUEST_ID, requestId);
        put(ROUTE, route);
        return new LogContext();
    }

    /** Names the route once it is known (after routing); null leaves it as it was. */
    public static void route(String route) {
        put(ROUTE, route);
    }

    /** A new id for a request or a job run: 16 hex digits. */
    public static String newRequestId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    private static void put(String key, String value) {
        if (value != null && !value.isEmpty()) {
            MDC.put(key, value);
        }
    }

    @Override
    public void close() {
        MDC.remove(TENANT);
        MDC.remove(USER);
        MDC.remove(REQUEST_ID);
        MDC.remove(ROUTE);
    }
}
