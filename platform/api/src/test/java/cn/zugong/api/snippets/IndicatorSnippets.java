package cn.zugong.api.snippets;

import cn.zugong.api.indicator.DashboardIndicator;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.tenant.TenantId;
import java.util.Optional;
import org.pf4j.Extension;

// spotless:off
class IndicatorSnippets {
    @Extension // @start region=indicator
    public static class TrainingCompletion implements DashboardIndicator { // @replace substring="static " replacement=""
        private final PluginContext context;
        public TrainingCompletion(PluginContext context) { this.context = context; }
        public String id() { return "training.completion"; }
        public String nameKey() { return "training.indicator.completion"; }
        public Measure measure(TenantId tenant) {
            return context.persistence().inTransaction(em -> new Measure(
                    em.createQuery("select count(e) from Enrollment e where e.completed", Long.class).getSingleResult(),
                    em.createQuery("select count(e) from Enrollment e", Long.class).getSingleResult()));
        }
        public Optional<String> listRoute() { return Optional.of("training/enrollments?completed=true"); }
    }
    // @end
}
// spotless:on
