package cn.zugong.core.selection.record;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * Prints the whole-process record of a selection case (ganbu xuanba renyong quancheng jishi biao,
 * DOMAIN 4.7) as an A4 PDF: the case, each step in order with its dates, people and votes, the gate
 * results with any override, and the case's journal from the audit trail with each event's
 * sequence number and hash prefix, so that a reader can match the sheet with the trail.
 *
 * <p>Chinese by default, the language the organization department files it in. The font (Noto
 * Sans SC) is the approval form's, embedded as a subset. Instances are stateless and thread-safe.
 */
public final class CaseRecordPdf {

    private final RecordLabels labels;

    /** The Chinese record. */
    public CaseRecordPdf() {
        this(Locale.SIMPLIFIED_CHINESE);
    }

    /** The record with English labels for {@code en}, Chinese for every other locale. */
    public CaseRecordPdf(Locale locale) {
        this.labels = RecordLabels.of(locale);
    }

    /** The record as PDF bytes. */
    public byte[] render(CaseRecord record) {
        RecordLabels texts = labels.with(record.messages(), record.gateNames());
        String caseNo = record.file().selectionCase().getCaseNo();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 46, 50);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new RecordLayout.Footer(texts, caseNo));
        document.addTitle(texts.get("title") + " " + caseNo);
        document.addCreator("Zugong");
        document.open();
        new RecordSections(new RecordLayout(document), texts, record).write();
        document.close();
        return out.toByteArray();
    }
}
