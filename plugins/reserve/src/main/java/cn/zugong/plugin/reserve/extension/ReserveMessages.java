package cn.zugong.plugin.reserve.extension;

import cn.zugong.api.i18n.MessageBundleContribution;
import org.pf4j.Extension;

/** The reserve plugin's texts, Chinese ({@code reserve_zh_CN}) and English ({@code reserve_en}). */
@Extension
public class ReserveMessages implements MessageBundleContribution {

    @Override
    public String baseName() {
        return "i18n.reserve";
    }
}
