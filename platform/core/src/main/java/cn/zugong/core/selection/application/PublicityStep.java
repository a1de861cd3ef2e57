package cn.zugong.core.selection.application;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.PublicitySkipGround;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.domain.Steps;
import cn.zugong.core.unit.UnitPosition;
import cn.zugong.core.validation.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The publicity step: the pre-appointment publicity, or going without it on an allowed ground. */
final class PublicityStep {

    private final StepService steps;

    PublicityStep(StepService steps) {
        this.steps = steps;
    }

    /**
     * Starts the pre-appointment publicity on a working day after the decision; it runs at least
     * {@link StepService#MIN_PUBLICITY_DAYS} working days of the county's calendar (V-S4).
     */
    SelectionCase startPublicity(UUID caseId, LocalDate from, int workingDays) {
        SelectionCase c = Steps.at(new CaseStore(steps.em).writable(caseId), SelectionStep.PUBLICITY);
        if (c.publicity().getPublicityFrom() != null || c.publicity().getPublicitySkipped() != null) {
            throw Steps.problem("publicity", "selection.publicity.already");
        }
        List<Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new Problem("publicityFrom", "selection.publicity.fromMissing"));
        } else if (from.isBefore(c.getDecidedOn())) {
            problems.add(new Problem("publicityFrom", "selection.publicity.beforeDecision"));
        }
        if (workingDays < StepService.MIN_PUBLICITY_DAYS) {
            problems.add(new Problem(
                    "publicityDays", "selection.publicity.tooShort", List.of(StepService.MIN_PUBLICITY_DAYS)));
        }
        StepService.refuse(problems);
        var days = steps.calendar.workingDays();
        if (!days.isWorkingDay(from)) {
            throw Steps.problem("publicityFrom", "selection.publicity.notWorkingDay");
        }
        c.publicity().setPublicityFrom(from);
        c.publicity().setPublicityTo(days.addWorkingDays(from, workingDays));
        steps.journal.record(
                c, "publicity.start", "from", from, "to", c.publicity().getPublicityTo(), "workingDays", workingDays);
        return c;
    }

    /**
     * Goes without publicity on one of the grounds the regulation allows (DOMAIN 4.1), explained
     * (which special post; when the general election publicized the cadre): having been publicized
     * at the general election only in a general-election case, no promotion only when the chosen
     * cadre is not promoted by the post.
     */
    SelectionCase skipPublicity(UUID caseId, PublicitySkipGround ground, String explanation) {
        SelectionCase c = Steps.at(new CaseStore(steps.em).writable(caseId), SelectionStep.PUBLICITY);
        if (c.publicity().getPublicityFrom() != null || c.publicity().getPublicitySkipped() != null) {
            throw Steps.problem("publicity", "selection.publicity.already");
        }
        List<Problem> problems = new ArrayList<>();
        if (ground == null) {
            problems.add(new Problem("ground", "selection.publicity.groundRequired"));
        } else if (ground == PublicitySkipGround.PUBLICIZED_AT_ELECTION && !c.isGeneralElection()) {
            problems.add(new Problem("ground", "selection.publicity.groundNotElection"));
        } else if (ground == PublicitySkipGround.NOT_A_PROMOTION && promoted(c)) {
            problems.add(new Problem("ground", "selection.publicity.groundPromotion"));
        }
        String text = Texts.strip(explanation);
        if (text == null) {
            problems.add(new Problem("reason", "selection.reason.required"));
        } else if (text.length() > 200) {
            problems.add(new Problem("reason", "selection.text.tooLong", List.of(200)));
        }
        StepService.refuse(problems);
        c.publicity().setPublicitySkipGround(ground);
        c.publicity().setPublicitySkipped(text);
        steps.journal.record(c, "publicity.skip", "ground", ground, "reason", text);
        return c;
    }

    /** Whether the chosen cadre is promoted by the case's post. */
    private boolean promoted(SelectionCase c) {
        UnitPosition position = c.getPositionId() == null ? null : steps.em.find(UnitPosition.class, c.getPositionId());
        return position != null
                && steps.gates.promotion(c.getChosenCadreId(), Optional.ofNullable(position.getPostLevel()));
    }
}
