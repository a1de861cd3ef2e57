package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.plugin.rotation.service.AppointmentChecks;
import org.pf4j.Extension;

/** {@code rotation.avoidance}: blocks a post that puts the candidate in an avoidance conflict (V-E1, V-E2). */
@Extension
public class AvoidanceGate extends RotationGate {

    public static final String ID = "rotation.avoidance";

    private final AppointmentChecks checks;

    public AvoidanceGate(PluginContext context) {
        this.checks = new AppointmentChecks(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "rotation.gate.avoidance.name";
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        return checks.avoidance(candidate);
    }
}
