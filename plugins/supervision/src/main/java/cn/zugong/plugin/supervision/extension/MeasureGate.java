package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.supervision.data.MeasureEntity;
import cn.zugong.plugin.supervision.service.Standing;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pf4j.Extension;

/**
 * {@code supervision.measures} ([P], issue 20 item 7): a measure whose rule gives it a period (诫勉:
 * six months) blocks a promotion until the period's last day, at initiation and at the decision.
 */
@Extension
public class MeasureGate implements AppointmentGate {

    public static final String ID = "supervision.measures";

    private final Standing standing;

    public MeasureGate(PluginContext context) {
        this.standing = new Standing(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "supervision.gate.measures";
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
        List<MeasureEntity> barring = standing.barringMeasures(candidate.tenant(), candidate.cadreId(), candidate.at());
        return barring.stream()
                .findFirst()
                .map(m -> GateResult.block(
                                "supervision.gate.measures.barred." + m.kind().name(),
                                m.barUntil().map(Object::toString).orElse(""))
                        .withEvidence("supervision/measures"))
                .orElseGet(() -> GateResult.pass("supervision.gate.measures.none"));
    }
}
