package ${package};

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gate, asked as the platform asks it at the committee's decision. */
class NotesGateTest {

    private final InMemoryPluginContext context = NotesContext.create();
    private final NotesGate gate = new NotesGate(context);
    private final GateCandidate candidate = new GateCandidate(CadreFixtures.WENJIANG, UUID.randomUUID(), UUID.randomUUID(),
            SelectionKind.APPOINT, SelectionStep.DECISION, true, Optional.of("TOWNSHIP_PRINCIPAL"), NotesContext.TODAY);

    @AfterEach
    void close() {
        context.close();
    }

    @Test
    void warnsWhileTheCountyHasNoNoteThisMonth() {
        GateResult result = gate.check(candidate);

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.WARNING);
        assertThat(result.reasonKey()).isEqualTo(NotesPlugin.key("gate.noNote"));
        assertThat(result.evidence()).contains(NotesPlugin.ID);
    }

    @Test
    void passesOnceANoteIsWritten() {
        new Notes(context).add("Discussed the candidates");

        assertThat(gate.check(candidate).outcome()).isEqualTo(GateResult.Outcome.PASS);
    }
}
