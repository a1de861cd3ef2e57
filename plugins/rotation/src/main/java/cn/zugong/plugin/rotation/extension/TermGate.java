package cn.zugong.plugin.rotation.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.plugin.rotation.service.TermChecks;
import org.pf4j.Extension;

/** {@code rotation.terms}: blocks on V-E4 (terms in a post, years at a level), warns on V-E6. */
@Extension
public class TermGate extends RotationGate {

    public static final String ID = "rotation.terms";

    private final TermChecks checks;

    public TermGate(PluginContext context) {
        this.checks = new TermChecks(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "rotation.gate.terms.name";
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        return checks.check(candidate);
    }
}
