package cn.zugong.core.plugin.infrastructure;

import cn.zugong.api.ApiVersion;
import java.nio.file.Path;
import org.pf4j.DefaultPluginManager;
import org.pf4j.ExtensionFactory;

/** PF4J's manager with the platform's SDK version and the context-aware extension factory. */
final class HostPluginManager extends DefaultPluginManager {

    HostPluginManager(Path pluginsRoot) {
        super(pluginsRoot);
        setSystemVersion(ApiVersion.current());
    }

    @Override
    protected ExtensionFactory createExtensionFactory() {
        return new ContextExtensionFactory();
    }

    ContextExtensionFactory factory() {
        return (ContextExtensionFactory) getExtensionFactory();
    }
}
