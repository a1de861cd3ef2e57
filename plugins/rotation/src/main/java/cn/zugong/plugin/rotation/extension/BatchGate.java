package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.plugin.rotation.service.BatchChecks;
import org.pf4j.Extension;

/** {@code rotation.batch}: warns when a move takes too much of a team at once (V-E5). */
@Extension
public class BatchGate extends RotationGate {

    public static final String ID = "rotation.batch";

    private final BatchChecks checks;

    public BatchGate(PluginContext context) {
        this.checks = new BatchChecks(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "rotation.gate.batch.name";
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        return checks.check(candidate);
    }
}
