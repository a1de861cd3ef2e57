package cn.zugong.ui;

import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What {@link Beans} finds in a browserless test that needs a page built from several services
 * (the portal's frame): the given objects by their class, through a CDI provider of its own.
 * {@link #install} before, {@link #uninstall} after.
 */
public final class FakeBeans extends CDI<Object> {

    private static final FakeBeans INSTANCE = new FakeBeans();

    private final Map<Class<?>, Object> beans = new HashMap<>();

    private FakeBeans() {}

    /** Serves the given beans, each under the class a page asks for. */
    public static void install(Map<Class<?>, Object> given) {
        INSTANCE.beans.clear();
        INSTANCE.beans.putAll(given);
        CDI.setCDIProvider(() -> INSTANCE);
    }

    public static void uninstall() {
        INSTANCE.beans.clear();
    }

    @Override
    public BeanManager getBeanManager() {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U> Instance<U> select(Class<U> subtype, Annotation... qualifiers) {
        Object bean = beans.get(subtype);
        if (bean == null) {
            throw new IllegalStateException("No fake bean for " + subtype.getName());
        }
        return new One<>(subtype.cast(bean));
    }

    @Override
    public Instance<Object> select(Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <U> Instance<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean isUnsatisfied() {
        return false;
    }

    @Override
    public boolean isAmbiguous() {
        return false;
    }

    @Override
    public void destroy(Object instance) {}

    @Override
    public Handle<Object> getHandle() {
        throw new UnsupportedOperationException();
    }

    @Override
    public Iterable<? extends Handle<Object>> handles() {
        return List.of();
    }

    @Override
    public Iterator<Object> iterator() {
        return beans.values().iterator();
    }

    @Override
    public Object get() {
        throw new UnsupportedOperationException();
    }

    /** One bean. */
    private record One<U>(U bean) implements Instance<U> {

        @Override
        public U get() {
            return bean;
        }

        @Override
        public Instance<U> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <V extends U> Instance<V> select(Class<V> subtype, Annotation... qualifiers) {
            return new One<>(subtype.cast(bean));
        }

        @Override
        public <V extends U> Instance<V> select(TypeLiteral<V> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isUnsatisfied() {
            return false;
        }

        @Override
        public boolean isAmbiguous() {
            return false;
        }

        @Override
        public void destroy(U instance) {}

        @Override
        public Handle<U> getHandle() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterable<? extends Handle<U>> handles() {
            return List.of();
        }

        @Override
        public Iterator<U> iterator() {
            return List.of(bean).iterator();
        }
    }
}
