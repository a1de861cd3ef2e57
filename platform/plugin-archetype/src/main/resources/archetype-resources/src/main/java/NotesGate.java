package ${package};

import cn.zugong.api.plugin.PluginContext;
import cn.zugong.api.selection.AppointmentGate;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import java.util.EnumSet;
import java.util.Set;
import org.pf4j.Extension;

/**
 * A check before the committee decides: a warning when the county wrote no note this month, so the
 * committee knows the discussion is not on record. The platform records the result in the case.
 */
@Extension
public class NotesGate implements AppointmentGate {

    private final Notes notes;

    public NotesGate(PluginContext context) {
        this.notes = new Notes(context);
    }

    @Override
    public String id() {
        return NotesPlugin.key("gate");
    }

    @Override
    public String nameKey() {
        return NotesPlugin.key("gate.name");
    }

    @Override
    public Set<SelectionStep> steps() {
        return EnumSet.of(SelectionStep.DECISION);
    }

    @Override
    public GateResult check(GateCandidate candidate) {
        return notes.thisMonth(candidate.tenant()).achieved() == 0
                ? GateResult.warning(NotesPlugin.key("gate.noNote")).withEvidence(NotesPlugin.ID)
                : GateResult.pass(NotesPlugin.key("gate.noted"));
    }
}
