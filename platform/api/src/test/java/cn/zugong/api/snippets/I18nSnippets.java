package cn.zugong.api.snippets;

import cn.zugong.api.i18n.MessageBundleContribution;
import org.pf4j.Extension;

// spotless:off
class I18nSnippets {
    @Extension // @start region=bundle
    public static class ExampleMessages implements MessageBundleContribution { // @replace substring="static " replacement=""
        public String baseName() { return "i18n.example"; }
    }
    // @end
}
// spotless:on
