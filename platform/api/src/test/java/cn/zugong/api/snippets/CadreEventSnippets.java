package cn.zugong.api.snippets;

import cn.zugong.api.event.CadreEvent;
import cn.zugong.api.event.CadreEventListener;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.UUID;
import org.pf4j.Extension;

// spotless:off
class CadreEventSnippets {
    /** The plugin's own service. */
    static class Deadlines {
        Deadlines(PluginContext context) {}

        void open(TenantId county, UUID cadreId, LocalDate due) {}
    }

    @Extension // @start region=listener
    public static class DeadlineOnPromotion implements CadreEventListener { // @replace substring="static " replacement=""
        private final Deadlines deadlines;
        public DeadlineOnPromotion(PluginContext context) { this.deadlines = new Deadlines(context); }
        public void on(CadreEvent event) {
            if (event instanceof CadreEvent.Appointed a && a.promotion()) {
                deadlines.open(a.tenant(), a.cadreId(), a.effective().plusYears(1));
            }
        }
    }
    // @end
}
// spotless:on
