package cn.zugong.core.selection.record;

import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.SelectionCase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Puts one case of a cadre's trace together from the case and its journal: the cadre's part, the
 * proposer, and each event in words with its chain link. Reads of the case (prints, a supervisor
 * opening it) are left out: they are recorded in the trail, but nobody is accountable for a step
 * by them. Ballots appear as the case stores them, in aggregate only.
 */
final class TraceAssembly {

    /** Journal actions that read a case rather than take a step in it. */
    static final Set<String> READS = Set.of("selection.record.print", "selection.case.open", "selection.meeting.print");

    private TraceAssembly() {}

    static TraceCase of(
            UUID cadreId,
            CaseFile file,
            String post,
            Map<UUID, String> names,
            List<AuditEntry> journal,
            RecordLabels labels) {
        SelectionCase c = file.selectionCase();
        People people = People.of(journal);
        JournalText text = new JournalText(labels, names, journal, file.gates());
        List<TraceLine> lines = journal.stream()
                .filter(e -> !READS.contains(e.action()))
                .map(e -> new TraceLine(
                        e.tenantId(),
                        e.seq(),
                        e.hash(),
                        e.occurredAt(),
                        people.name(e.actor()),
                        text.action(e.action()),
                        text.details(e.afterJson())))
                .toList();
        return new TraceCase(
                c.getId(),
                c.getTenantId(),
                c.getCaseNo(),
                c.getTitle(),
                c.getKind(),
                c.getStep(),
                c.getStatus(),
                post,
                role(cadreId, c),
                c.getInitiator(),
                people.name(c.getOpenedBy()),
                lines);
    }

    static TraceCase.Role role(UUID cadreId, SelectionCase c) {
        if (cadreId.equals(c.getSubjectCadreId())) {
            return TraceCase.Role.SUBJECT;
        }
        return cadreId.equals(c.getChosenCadreId()) ? TraceCase.Role.CHOSEN : TraceCase.Role.CANDIDATE;
    }
}
