package cn.zugong.api.plugin;

import java.util.Optional;
import java.util.function.Function;

/** Where {@link PluginContext#of(Class)} finds the contexts; set by the platform. */
final class ContextSource {

    static volatile Function<ClassLoader, Optional<PluginContext>> source;

    private ContextSource() {}
}
