package cn.zugong.ui.selection;

import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.record.People;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the parts of a case page share: the case as stored, the names of its cadres, its post (unit
 * and position), whether the user records on it, what to do after a change (show the case again
 * from the database), and the people who acted on it by display name.
 */
record CaseContext(
        CaseFile file,
        Map<UUID, String> names,
        String post,
        boolean writable,
        SerializableRunnable changed,
        People people,
        Counties counties)
        implements Serializable {

    CaseContext {
        names = Map.copyOf(names);
    }

    SelectionCase selectionCase() {
        return file.selectionCase();
    }

    UUID caseId() {
        return selectionCase().getId();
    }

    /** Whether the user records at this step now: a writer, the case open and at the step. */
    boolean recordsAt(SelectionStep step) {
        return writable && selectionCase().getStep() == step;
    }

    /** Who acted (a login id as stored), by display name. */
    String person(String login) {
        return login == null ? "" : people.name(login);
    }

    String name(UUID cadreId) {
        return cadreId == null ? "" : names.getOrDefault(cadreId, cadreId.toString());
    }

    /** A candidate's stable number on the page: its place in the case's candidate list. */
    int index(UUID cadreId) {
        List<SelectionCandidate> candidates = file.candidates();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).getCadreId().equals(cadreId)) {
                return i;
            }
        }
        return -1;
    }

    List<SelectionCandidate> inspected() {
        return file.candidates().stream()
                .filter(SelectionCandidate::isInspected)
                .toList();
    }
}
