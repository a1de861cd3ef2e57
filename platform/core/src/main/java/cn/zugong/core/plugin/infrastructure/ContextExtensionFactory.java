package cn.zugong.core.plugin.infrastructure;

import cn.zugong.api.plugin.PluginContext;
import java.lang.reflect.Constructor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.pf4j.ExtensionFactory;
import org.pf4j.PluginRuntimeException;

/**
 * Makes one instance of each extension class and hands it its plugin's {@link PluginContext} when
 * it has a public constructor that takes one. Instances are dropped with their plugin.
 */
final class ContextExtensionFactory implements ExtensionFactory {

    private final Map<Class<?>, Object> instances = new ConcurrentHashMap<>();
    private volatile Function<ClassLoader, Optional<PluginContext>> contexts = loader -> Optional.empty();

    void contexts(Function<ClassLoader, Optional<PluginContext>> contexts) {
        this.contexts = contexts;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T create(Class<T> extensionClass) {
        return (T) instances.computeIfAbsent(extensionClass, this::instantiate);
    }

    private Object instantiate(Class<?> type) {
        try {
            for (Constructor<?> constructor : type.getConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == PluginContext.class) {
                    PluginContext context = contexts.apply(type.getClassLoader())
                            .orElseThrow(() -> new PluginRuntimeException("No context for " + type.getName()));
                    return constructor.newInstance(context);
                }
            }
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new PluginRuntimeException(e, "Cannot create extension {}", type.getName());
        }
    }

    /** Forgets the instances whose classes a plugin's class loader defined. */
    void forget(ClassLoader loader) {
        instances.keySet().removeIf(type -> type.getClassLoader() == loader);
    }
}
