package cn.zugong.api.snippets;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.api.tenant.TenantId;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.pf4j.Extension;

// spotless:off
class SelectionSnippets {
    /** The plugin's own service: the hours a cadre still lacks. */
    static class Credits {
        Credits(PluginContext context) {}

        int gap(TenantId county, UUID cadreId, LocalDate at) { return 0; }
    }

    @Extension // @start region=gate
    public static class TrainingGate implements AppointmentGate { // @replace substring="static " replacement=""
        private final Credits credits;
        public TrainingGate(PluginContext context) { this.credits = new Credits(context); }
        public String id() { return "training.requirement"; }
        public String nameKey() { return "training.gate.name"; }
        public Set<SelectionStep> steps() { return EnumSet.of(SelectionStep.INITIATION, SelectionStep.DECISION); }
        public GateResult check(GateCandidate candidate) {
            if (!candidate.promotion()) {
                return GateResult.pass("training.gate.notPromotion");
            }
            int gap = credits.gap(candidate.tenant(), candidate.cadreId(), candidate.at());
            return gap > 0
                    ? GateResult.warning("training.gate.short", String.valueOf(gap))
                            .withEvidence("training/cadres/" + candidate.cadreId())
                    : GateResult.pass("training.gate.met");
        }
    }
    // @end
}
// spotless:on
