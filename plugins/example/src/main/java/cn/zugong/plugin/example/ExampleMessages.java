package cn.zugong.plugin.example;

import cn.zugong.api.i18n.MessageBundleContribution;
import org.pf4j.Extension;

/** The example plugin's texts in Chinese and English. */
@Extension
public class ExampleMessages implements MessageBundleContribution {

    @Override
    public String baseName() {
        return "i18n.example";
    }
}
