package cn.zugong.api.snippets;

import cn.zugong.api.notice.Notice;
import cn.zugong.api.plugin.PluginContext;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

// spotless:off
class NoticeSnippets {
    void post(PluginContext context, UUID cadre, String name, LocalDate deadline) {
        context.notices().post(new Notice("deadline/" + cadre, TrainingPermissions.VIEW, // @start region=post
                "training.notice.deadline", List.of(name, deadline.toString()), "training/cadre?cadre=" + cadre));
        // @end
    }
}
// spotless:on
