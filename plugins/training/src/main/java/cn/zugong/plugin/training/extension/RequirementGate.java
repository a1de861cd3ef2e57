package cn.zugong.plugin.training.extension;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.requirement.Assessment;
import cn.zugong.plugin.training.requirement.PeriodStanding;
import cn.zugong.plugin.training.service.StandingService;
import cn.zugong.plugin.training.service.UnreadableRulesException;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.pf4j.Extension;

/**
 * The training requirement at initiation and at the decision of a promotion (DOMAIN 1.2: the
 * selection regulations' basic qualification; T2). A candidate short of the requirement of the
 * tier of the post aimed at gets a warning with the gap and a link to the cadre's training record:
 * the regulations allow the promotion "for special reasons", with the training made up within a
 * year, so the gate never blocks. Anything but a promotion passes as not applicable.
 */
@Extension
public class RequirementGate implements AppointmentGate {

    public static final String ID = "training.requirement";

    static final String NAME = "training.gate.name";
    static final String NOT_APPLICABLE = "training.gate.notApplicable";
    static final String CADRE_UNKNOWN = "training.gate.cadreUnknown";
    static final String RULES_UNREADABLE = "training.gate.rulesUnreadable";
    static final String MET = "training.gate.met";
    static final String SHORT = "training.gate.short";

    private final PluginContext context;
    private final StandingService standings;

    public RequirementGate(PluginContext context) {
        this.context = context;
        this.standings = new StandingService(context);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return NAME;
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.INITIATION, SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        if (candidate.kind() != SelectionKind.APPOINT || !candidate.promotion()) {
            return GateResult.pass(NOT_APPLICABLE);
        }
        Optional<CadreRef> found = context.cadres().find(candidate.cadreId()).filter(c -> c.tenant()
                .equals(candidate.tenant()));
        if (found.isEmpty()) {
            return GateResult.warning(CADRE_UNKNOWN);
        }
        CadreRef cadre = candidate
                .targetLevel()
                .map(level -> atLevel(found.get(), level))
                .orElse(found.get());
        Assessment assessment;
        try {
            assessment = standings.assess(candidate.tenant(), cadre, candidate.at());
        } catch (UnreadableRulesException e) {
            return GateResult.warning(
                    RULES_UNREADABLE,
                    e.problems().stream()
                            .map(Problem::field)
                            .distinct()
                            .toList()
                            .toString());
        }
        return switch (assessment) {
            case Assessment.NotApplicable none ->
                GateResult.pass(none.reasonKey(), none.reasonArgs().toArray(String[]::new));
            case Assessment.Applicable applicable -> judge(applicable.tierStanding(), candidate);
        };
    }

    private static GateResult judge(PeriodStanding standing, GateCandidate candidate) {
        String from = standing.period().from().toString();
        String to = standing.period().to().toString();
        if (standing.trainingMet()) {
            return GateResult.pass(
                    MET, from, to, text(standing.achievedHours()), String.valueOf(standing.achievedDays()));
        }
        return GateResult.warning(
                        SHORT,
                        from,
                        to,
                        text(standing.requiredHours()),
                        text(standing.achievedHours()),
                        text(standing.hoursGap()),
                        String.valueOf(standing.requiredDays()),
                        String.valueOf(standing.achievedDays()))
                .withEvidence("training/cadre?cadre=" + candidate.cadreId());
    }

    /** The cadre as if already at {@code level}: the post aimed at decides which requirement applies. */
    private static CadreRef atLevel(CadreRef cadre, String level) {
        return new CadreRef(
                cadre.id(),
                cadre.tenant(),
                cadre.name(),
                cadre.birthDate(),
                cadre.unitName(),
                cadre.postTitle(),
                Optional.of(level),
                cadre.active());
    }

    private static String text(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
