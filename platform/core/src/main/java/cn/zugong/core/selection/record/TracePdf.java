package cn.zugong.core.selection.record;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Prints a cadre's accountability trace (ganbu xuanba renyong daocha biao) as an A4 landscape PDF:
 * per case its facts, then every event with who acted and the chain position and hash prefix of
 * its audit link, with the record's fonts and layout ({@link RecordLayout}). Chinese, the language
 * the department files it in.
 */
final class TracePdf {

    private final RecordLabels labels = RecordLabels.of(Locale.SIMPLIFIED_CHINESE);

    byte[] render(CadreTrace trace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(labels.format("trace.title", trace.name()));
        document.addCreator("Zugong");
        document.open();
        RecordLayout page = new RecordLayout(document);
        page.title(
                labels.format("trace.title", trace.name()),
                labels.format("trace.printedAt", labels.time(Instant.now())));
        if (trace.cases().isEmpty()) {
            page.paragraph(labels.get("trace.none"));
        }
        for (TraceCase c : trace.cases()) {
            page.heading(c.caseNo() + " " + c.title());
            page.fields(List.of(
                    RecordLayout.Field.of(labels.get("trace.kind"), labels.of("kind", c.kind())),
                    RecordLayout.Field.of(labels.get("trace.role"), labels.of("trace.role", c.role())),
                    RecordLayout.Field.of(labels.get("trace.post"), text(c.post())),
                    RecordLayout.Field.of(
                            labels.get("trace.status"),
                            labels.of("status", c.status()) + " · " + labels.of("step", c.step())),
                    RecordLayout.Field.of(labels.get("trace.initiator"), text(c.initiator())),
                    RecordLayout.Field.of(labels.get("trace.openedBy"), text(c.openedBy()))));
            List<List<String>> rows = new ArrayList<>();
            for (TraceLine line : c.lines()) {
                rows.add(List.of(
                        String.valueOf(line.seq()),
                        labels.time(line.at()),
                        text(line.actor()),
                        line.action(),
                        text(line.details()),
                        line.shortHash()));
            }
            page.table(
                    List.of(
                            labels.get("journal.seq"),
                            labels.get("journal.time"),
                            labels.get("journal.actor"),
                            labels.get("journal.action"),
                            labels.get("journal.details"),
                            labels.get("journal.hash")),
                    new float[] {0.5f, 1.25f, 0.9f, 1.4f, 4.4f, 1.05f},
                    rows,
                    true);
        }
        page.note(labels.format("journal.note", trace.tenantId()) + " " + labels.get("time.zone"));
        document.close();
        return out.toByteArray();
    }

    private String text(String value) {
        return value == null || value.isBlank() ? labels.get("empty") : value;
    }
}
