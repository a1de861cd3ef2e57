package cn.zugong.api.snippets;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.publish.Publication;
import java.util.List;
import java.util.Map;

// spotless:off
class PublicationsSnippets {
    void publish(PluginContext context, Course course, List<String> names) {
        // the province's officer // @start region=publish
        context.publications().publish("course", course.id().toString(), Map.of("name", course.title()));
        // a county's page
        for (Publication offered : context.publications().fromAbove("course")) { names.add(offered.content().get("name")); } // @replace regex="\{.*\}" replacement="{ ... }"
        // @end
    }
}
// spotless:on
