package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.i18n.MessageBundleContribution;
import org.pf4j.Extension;

/** The rotation plugin's texts, Chinese ({@code rotation_zh_CN}) and English ({@code rotation_en}). */
@Extension
public class RotationMessages implements MessageBundleContribution {

    @Override
    public String baseName() {
        return "i18n.rotation";
    }
}
