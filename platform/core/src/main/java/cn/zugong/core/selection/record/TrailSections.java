package cn.zugong.core.selection.record;

import cn.zugong.core.audit.AuditEntry;
import cn.zugong.core.selection.domain.CaseFile;
import cn.zugong.core.selection.domain.GateArgs;
import cn.zugong.core.selection.domain.GateRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The last two sections of the record: the gate results of the case and its journal from the audit trail. */
final class TrailSections {

    private final RecordLayout page;
    private final RecordLabels labels;
    private final CaseRecord record;
    private final CaseFile file;
    private final JournalText journal;
    private final RecordSections sections;

    TrailSections(
            RecordLayout page, RecordLabels labels, CaseRecord record, JournalText journal, RecordSections sections) {
        this.page = page;
        this.labels = labels;
        this.record = record;
        this.file = record.file();
        this.journal = journal;
        this.sections = sections;
    }

    void gates() {
        sections.heading("section.gates");
        if (file.gates().isEmpty()) {
            page.paragraph(labels.get("gates.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (GateRecord g : file.gates()) {
            String gate = labels.gateName(g.getGateId());
            String override = g.getOverrideAt() == null
                    ? labels.get("empty")
                    : labels.format(
                            "gates.override.text",
                            sections.text(sections.person(g.getOverrideBy())),
                            labels.time(g.getOverrideAt()),
                            sections.text(g.getOverrideReason()));
            rows.add(List.of(
                    labels.of("step", g.getStep()),
                    sections.name(g.getCadreId()),
                    gate,
                    labels.of("outcome", g.getOutcome()),
                    labels.message(g.getReasonKey(), GateArgs.split(g.getReasonArgs())),
                    labels.time(g.getCheckedAt()),
                    labels.yesNo(g.isCurrentResult()),
                    override));
        }
        page.table(
                List.of(
                        labels.get("gates.step"),
                        labels.get("gates.cadre"),
                        labels.get("gates.gate"),
                        labels.get("gates.outcome"),
                        labels.get("gates.reason"),
                        labels.get("gates.checkedAt"),
                        labels.get("gates.current"),
                        labels.get("gates.override")),
                new float[] {1, 0.9f, 1.1f, 0.7f, 1.9f, 1.2f, 0.6f, 2.2f},
                rows,
                true);
    }

    void journal() {
        sections.heading("section.journal");
        List<AuditEntry> events = record.journal();
        if (events.isEmpty()) {
            page.paragraph(labels.get("journal.none"));
            return;
        }
        String chains = events.stream().map(AuditEntry::tenantId).distinct().collect(Collectors.joining(", "));
        page.note(labels.format("journal.note", chains) + " " + labels.get("time.zone"));
        List<List<String>> rows = events.stream()
                .map(e -> List.of(
                        String.valueOf(e.seq()),
                        labels.time(e.occurredAt()),
                        sections.text(sections.person(e.actor())),
                        journal.action(e.action()),
                        journal.details(e.afterJson()),
                        e.hash() == null
                                ? labels.get("empty")
                                : e.hash().substring(0, Math.min(12, e.hash().length()))))
                .toList();
        page.table(
                List.of(
                        labels.get("journal.seq"),
                        labels.get("journal.time"),
                        labels.get("journal.actor"),
                        labels.get("journal.action"),
                        labels.get("journal.details"),
                        labels.get("journal.hash")),
                new float[] {0.5f, 1.25f, 0.9f, 1.5f, 3.3f, 1.05f},
                rows,
                true);
    }
}
