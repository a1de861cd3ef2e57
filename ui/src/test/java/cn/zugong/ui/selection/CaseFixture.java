package cn.zugong.ui.selection;

import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.CaseStatus;
import cn.zugong.core.selection.domain.GateRecord;
import cn.zugong.core.selection.domain.RecordedException;
import cn.zugong.core.selection.domain.SelectionCandidate;
import cn.zugong.core.selection.domain.SelectionCase;
import cn.zugong.core.selection.record.People;
import cn.zugong.ui.EmptyFrame;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An appointment case at a step with named candidates, built in memory for view tests. */
final class CaseFixture {

    final SelectionCase selectionCase = new SelectionCase();
    final List<SelectionCandidate> candidates = new ArrayList<>();
    final List<GateRecord> gates = new ArrayList<>();
    final List<RecordedException> exceptions = new ArrayList<>();
    final Map<UUID, String> names = new HashMap<>();
    int changes;

    CaseFixture(SelectionStep step) {
        selectionCase.setCaseNo("2026-001");
        selectionCase.setKind(SelectionKind.APPOINT);
        selectionCase.setTitle("区发展改革局副局长");
        selectionCase.setStep(step);
        selectionCase.setStepSince(Instant.now());
        selectionCase.setStatus(CaseStatus.OPEN);
        selectionCase.setOpenedAt(Instant.now());
        selectionCase.setOpenedBy("officer");
    }

    UUID candidate(String name, boolean inspected) {
        SelectionCandidate k = new SelectionCandidate(selectionCase.getId());
        k.setCadreId(UUID.randomUUID());
        k.setInspected(inspected);
        candidates.add(k);
        names.put(k.getCadreId(), name);
        return k.getCadreId();
    }

    GateRecord gate(UUID cadre, SelectionStep step, GateResult.Outcome outcome, String reasonKey, String args) {
        GateRecord r = new GateRecord(selectionCase.getId());
        r.setCadreId(cadre);
        r.setStep(step);
        r.setGateId("core.four-checks");
        r.setOutcome(outcome);
        r.setReasonKey(reasonKey);
        r.setReasonArgs(args);
        r.setCheckedAt(Instant.now());
        r.setCurrentResult(true);
        gates.add(r);
        return r;
    }

    CaseContext context(boolean writable) {
        CaseFile file = new CaseFile(selectionCase, candidates, List.of(), List.of(), List.of(), gates, exceptions);
        return new CaseContext(
                file,
                names,
                "区发展和改革局 副局长",
                writable,
                () -> changes++,
                People.none(),
                new Counties(EmptyFrame.tenants()));
    }
}
