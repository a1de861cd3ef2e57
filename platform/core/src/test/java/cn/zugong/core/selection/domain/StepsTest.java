package cn.zugong.core.selection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The steps a case shows: the trial year only where one runs, or may still run. */
class StepsTest {

    private static SelectionCase appointment() {
        SelectionCase c = new SelectionCase();
        c.setKind(SelectionKind.APPOINT);
        c.setStep(SelectionStep.APPOINTMENT);
        return c;
    }

    @Test
    void beforeTheAppointmentTheTrialYearMayStillCome() {
        assertTrue(Steps.path(appointment()).contains(SelectionStep.PROBATION));
    }

    @Test
    void anAppointmentIssuedWithoutTrialHasNoTrialStep() {
        SelectionCase c = appointment();
        c.setAppointedOn(LocalDate.of(2026, 10, 12));
        assertEquals(SelectionStep.APPOINTMENT, Steps.path(c).getLast());
        c.setProbation(true);
        assertEquals(SelectionStep.PROBATION, Steps.path(c).getLast());
    }

    @Test
    void aRetirementGoesFromInitiationToDecisionToIssue() {
        SelectionCase c = new SelectionCase();
        c.setKind(SelectionKind.RETIRE);
        assertEquals(
                List.of(SelectionStep.INITIATION, SelectionStep.DECISION, SelectionStep.APPOINTMENT), Steps.path(c));
    }
}
