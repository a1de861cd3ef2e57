package cn.zugong.plugin.reserve.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.reserve.service.ReserveGateCheck;
import java.util.EnumSet;
import java.util.Set;
import org.pf4j.Extension;

/** {@code reserve.used}: at 动议, warns when a 正职 promotion's candidate is not in the tier's reserve (item 5). */
@Extension
public class UsedReserveGate implements AppointmentGate {

    public static final String ID = "reserve.used";

    private final ReserveGateCheck check;

    public UsedReserveGate(PluginContext context) {
        this.check = new ReserveGateCheck(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "reserve.gate.used.name";
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.INITIATION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        return check.check(candidate);
    }
}
