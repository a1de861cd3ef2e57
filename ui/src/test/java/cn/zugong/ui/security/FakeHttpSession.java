package cn.zugong.ui.security;

import jakarta.servlet.http.HttpSession;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

/** An HTTP session in memory: attributes, a timeout, and invalidation as a container does it. */
final class FakeHttpSession {

    final Map<String, Object> attributes = new HashMap<>();
    int maxInactiveSeconds = 1800;
    boolean invalid;

    HttpSession session() {
        return (HttpSession) Proxy.newProxyInstance(
                HttpSession.class.getClassLoader(), new Class<?>[] {HttpSession.class}, (proxy, method, args) -> {
                    if (invalid && !method.getName().equals("toString")) {
                        throw new IllegalStateException("invalidated");
                    }
                    return switch (method.getName()) {
                        case "getAttribute" -> attributes.get((String) args[0]);
                        case "setAttribute" -> attributes.put((String) args[0], args[1]);
                        case "removeAttribute" -> attributes.remove((String) args[0]);
                        case "getMaxInactiveInterval" -> maxInactiveSeconds;
                        case "setMaxInactiveInterval" -> {
                            maxInactiveSeconds = (Integer) args[0];
                            yield null;
                        }
                        case "invalidate" -> {
                            invalid = true;
                            yield null;
                        }
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }
}
