package cn.zugong.perf;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Wraps a connection so that every query Hibernate prepares is first run as {@code EXPLAIN
 * (ANALYZE, BUFFERS)} with the same bound parameters, and the plan printed: the plan of exactly the
 * SQL and values the portal sends.
 */
final class ExplainingConnection {

    private ExplainingConnection() {}

    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                ExplainingConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = call(method, connection, args);
                    if (method.getName().equals("prepareStatement")
                            && ((String) args[0]).stripLeading().startsWith("select")) {
                        return statement(connection, (PreparedStatement) result, (String) args[0]);
                    }
                    return result;
                });
    }

    private record Bound(Method method, Object[] args) {}

    private static PreparedStatement statement(Connection connection, PreparedStatement real, String sql) {
        List<Bound> bound = new ArrayList<>();
        return (PreparedStatement) Proxy.newProxyInstance(
                ExplainingConnection.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class},
                (p, method, args) -> {
                    if (method.getName().startsWith("set")
                            && args != null
                            && args.length >= 2
                            && args[0] instanceof Integer) {
                        bound.add(new Bound(method, args));
                    }
                    if (method.getName().equals("executeQuery") && (args == null || args.length == 0)) {
                        explain(connection, sql, bound);
                    }
                    return call(method, real, args);
                });
    }

    private static void explain(Connection connection, String sql, List<Bound> bound) throws Exception {
        try (PreparedStatement explain = connection.prepareStatement("explain (analyze, buffers) " + sql)) {
            for (Bound b : bound) {
                b.method().invoke(explain, b.args());
            }
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    System.out.println("    " + plan.getString(1));
                }
            }
        }
    }

    private static Object call(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
