package cn.zugong.plugin.supervision.extension;

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.supervision.service.Standing;
import java.util.EnumSet;
import java.util.Set;
import org.pf4j.Extension;

/**
 * {@code supervision.clean} (DOMAIN §4.8 [I], 凡提四必 §4.3 [V]): against 带病提拔, a promotion is
 * not decided while a report about the candidate with specific, checkable clues is open, nor while
 * the focused check of the candidate's personal-matters report (凡提必查, for the levels of {@code
 * matters.focused.levels}) is not done. Asked at the decision (讨论决定). The result names how many
 * reports are open, never what they say.
 */
@Extension
public class CleanPromotionGate implements AppointmentGate {

    public static final String ID = "supervision.clean";

    private final Standing standing;

    public CleanPromotionGate(PluginContext context) {
        this.standing = new Standing(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "supervision.gate.clean";
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        if (!candidate.promotion() || candidate.kind() != SelectionKind.APPOINT) {
            return GateResult.pass("supervision.gate.notPromotion");
        }
        long open = standing.openSpecificReports(candidate.tenant(), candidate.cadreId());
        if (open > 0) {
            return GateResult.block("supervision.gate.clean.openReports", String.valueOf(open))
                    .withEvidence("supervision/reports");
        }
        if (standing.needsFocusedCheck(candidate.tenant(), candidate.targetLevel())
                && !standing.mattersChecked(candidate.tenant(), candidate.cadreId())) {
            return GateResult.block("supervision.gate.clean.checkMissing").withEvidence("supervision/matters");
        }
        return GateResult.pass("supervision.gate.clean.passed");
    }
}
