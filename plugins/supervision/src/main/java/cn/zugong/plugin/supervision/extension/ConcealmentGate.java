package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.supervision.data.MattersEntity;
import cn.zugong.plugin.supervision.service.Standing;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * {@code supervision.concealment} (DOMAIN §4.4 [V], V-R2): a cadre found to have deliberately
 * concealed personal matters (有意瞒报) is not promoted: the gate blocks a promotion at initiation
 * and again at the decision while the finding stands (not lifted by the department). Other cases
 * (a lateral move, a removal) pass.
 */
@Extension
public class ConcealmentGate implements AppointmentGate {

    public static final String ID = "supervision.concealment";

    private final Standing standing;

    public ConcealmentGate(PluginContext context) {
        this.standing = new Standing(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "supervision.gate.concealment";
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.INITIATION, SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        if (!candidate.promotion() || candidate.kind() != SelectionKind.APPOINT) {
            return GateResult.pass("supervision.gate.notPromotion");
        }
        Optional<MattersEntity> finding = standing.concealment(candidate.tenant(), candidate.cadreId());
        return finding.map(f -> GateResult.block(
                                "supervision.gate.concealment.found",
                                String.valueOf(f.year()),
                                f.decidedOn().map(Object::toString).orElse(""))
                        .withEvidence("supervision/matters"))
                .orElseGet(() -> GateResult.pass("supervision.gate.concealment.none"));
    }
}
