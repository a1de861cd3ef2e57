package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.i18n.MessageBundleContribution;
import org.pf4j.Extension;

/** The supervision plugin's texts, Chinese ({@code supervision_zh_CN}) and English ({@code supervision_en}). */
@Extension
public class SupervisionMessages implements MessageBundleContribution {

    @Override
    public String baseName() {
        return "i18n.supervision";
    }
}
