package ${package};

import cn.zugong.api.i18n.MessageBundleContribution;
import org.pf4j.Extension;

/** The plugin's texts: {@code i18n/${pluginId}_zh_CN.properties} (Chinese, the default) and {@code _en}. */
@Extension
public class NotesMessages implements MessageBundleContribution {

    @Override
    public String baseName() {
        return "i18n." + NotesPlugin.ID;
    }
}
