package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.supervision.econ.AuditKind;
import cn.zugong.plugin.supervision.service.AuditNeeds;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * {@code supervision.econAudit} (DOMAIN §4.6 [V], 凡提四必 §4.3): at the decision, a candidate who
 * holds a post subject to economic responsibility audit is audited beforehand (任前) when promoted;
 * a removal, retirement or move out of such a post needs its 离任 audit started. The gate warns (the
 * committee may still decide: the audit office, not the department, does the audit); it names the
 * post and the kind of audit, never a finding.
 */
@Extension
public class EconAuditGate implements AppointmentGate {

    public static final String ID = "supervision.econAudit";

    private final AuditNeeds needs;

    public EconAuditGate(PluginContext context) {
        this.needs = new AuditNeeds(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "supervision.gate.econAudit";
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        Optional<AuditNeeds.Need> need = needs.of(
                candidate.tenant(),
                candidate.caseId(),
                candidate.cadreId(),
                candidate.kind(),
                candidate.promotion(),
                candidate.at());
        if (need.isEmpty()) {
            return GateResult.pass("supervision.gate.econAudit.notAudited");
        }
        AuditNeeds.Need n = need.get();
        if (n.inPlace()) {
            return GateResult.pass("supervision.gate.econAudit.inPlace", n.post());
        }
        if (n.kind() == AuditKind.PRE_APPOINTMENT) {
            String key = n.state() == AuditNeeds.State.MISSING
                    ? "supervision.gate.econAudit.preMissing"
                    : "supervision.gate.econAudit.preUnreported";
            return GateResult.warning(key, n.post()).withEvidence("supervision/audits");
        }
        return GateResult.warning("supervision.gate.econAudit.leavingMissing", n.post())
                .withEvidence("supervision/audits");
    }
}
