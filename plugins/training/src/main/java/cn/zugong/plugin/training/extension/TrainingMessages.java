package cn.zugong.plugin.training.extension;

import cn.zugong.api.i18n.MessageBundleContribution;
import org.pf4j.Extension;

/** The training plugin's texts, Chinese ({@code training_zh_CN}) and English ({@code training_en}). */
@Extension
public class TrainingMessages implements MessageBundleContribution {

    @Override
    public String baseName() {
        return "i18n.training";
    }
}
