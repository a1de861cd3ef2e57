package cn.zugong.ui;

import jakarta.enterprise.inject.spi.CDI;
import java.util.Optional;

/** Views are created by Vaadin, not CDI (vaadin-cdi is not available for Vaadin 25): they look services up here. */
public final class Beans {

    private Beans() {}

    public static <T> T get(Class<T> type) {
        return CDI.current().select(type).get();
    }

    /** The bean, or empty outside the server (browserless view tests run without a CDI container). */
    public static <T> Optional<T> lookup(Class<T> type) {
        try {
            return Optional.of(get(type));
        } catch (IllegalStateException noContainer) {
            return Optional.empty();
        }
    }
}
