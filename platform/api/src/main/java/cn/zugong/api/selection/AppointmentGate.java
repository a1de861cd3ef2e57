package cn.zugong.api.selection;

import java.util.Set;
import org.pf4j.ExtensionPoint;

/**
 * Extension point: a check on a candidate at given steps of a selection case (renqian baguan).
 * The platform asks every gate of every plugin enabled for the case's county when a step is
 * checked, records each result in the case's whole-process record, and refuses to move the case on
 * while a {@link GateResult.Outcome#BLOCK} stands that nobody has overridden with a justification.
 * A gate that throws is recorded as a warning naming the gate; it never stops the platform.
 *
 * <p>Example: warn when a candidate for promotion has not met the training requirement.
 *
 * {@snippet class=cn.zugong.api.snippets.SelectionSnippets region=gate :
 * @Extension
 * public class TrainingGate implements AppointmentGate {
 *     private final Credits credits;
 *     public TrainingGate(PluginContext context) { this.credits = new Credits(context); }
 *     public String id() { return "training.requirement"; }
 *     public String nameKey() { return "training.gate.name"; }
 *     public Set<SelectionStep> steps() { return EnumSet.of(SelectionStep.INITIATION, SelectionStep.DECISION); }
 *     public GateResult check(GateCandidate candidate) {
 *         if (!candidate.promotion()) {
 *             return GateResult.pass("training.gate.notPromotion");
 *         }
 *         int gap = credits.gap(candidate.tenant(), candidate.cadreId(), candidate.at());
 *         return gap > 0
 *                 ? GateResult.warning("training.gate.short", String.valueOf(gap))
 *                         .withEvidence("training/cadres/" + candidate.cadreId())
 *                 : GateResult.pass("training.gate.met");
 *     }
 * }
 * }
 */
public interface AppointmentGate extends ExtensionPoint {

    /** A stable id, unique on the platform, prefixed by the plugin's id. */
    String id();

    /** The message key of the gate's name, as the case page lists it. */
    String nameKey();

    /** The steps at which the gate is asked. */
    Set<SelectionStep> steps();

    /** Checks one candidate. Runs inside the platform's transaction and tenancy of the case. */
    GateResult check(GateCandidate candidate);
}
