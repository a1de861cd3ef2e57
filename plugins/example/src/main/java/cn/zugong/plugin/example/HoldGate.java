package cn.zugong.plugin.example;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import java.util.EnumSet;
import java.util.Set;
import org.pf4j.Extension;

/** Blocks, at initiation and at the decision, a candidate the county has put on the example's hold list. */
@Extension
public class HoldGate implements AppointmentGate {

    private final HoldList holds;

    public HoldGate(PluginContext context) {
        this.holds = new HoldList(context);
    }

    @Override
    public String id() {
        return "example.hold";
    }

    @Override
    public String nameKey() {
        return "example.gate.name";
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.INITIATION, SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        return holds.reason(candidate.cadreId())
                .map(reason -> GateResult.block("example.gate.held", reason).withEvidence("example"))
                .orElseGet(() -> GateResult.pass("example.gate.clear"));
    }
}
