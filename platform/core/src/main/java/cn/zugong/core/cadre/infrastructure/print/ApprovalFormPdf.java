package cn.zugong.core.cadre.infrastructure.print;

import cn.zugong.core.cadre.domain.form.AppointmentForm;
import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;

/**
 * Prints the cadre appointment and removal approval form (ganbu renmian shenpibiao) as a PDF in
 * the national template's layout, on one A4 portrait page.
 *
 * <p>The labels are the official Chinese ones whatever the interface language: it is a Chinese
 * government form, so there is no locale parameter. Long texts shrink to fit their cells; text
 * that does not fit even at 6 pt goes on continuation pages after the form, and its cell says so.
 * The font (Noto Sans SC) comes from the classpath and is embedded as a subset, so the PDF reads
 * the same on a machine without Chinese fonts. Instances are stateless and thread-safe.
 */
public final class ApprovalFormPdf {

    private final FormLabels labels = FormLabels.chinese();

    /** The form as PDF bytes. */
    public byte[] render(AppointmentForm form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(labels.oneLine("title") + " " + (form.name() == null ? "" : form.name()));
        document.addCreator("Zugong");
        document.open();
        PdfContentByte canvas = writer.getDirectContent();
        CellWriter cells = new CellWriter(canvas, FormFonts.regular(), labels.get("continued.marker"));
        new FormGrid(labels, cells, canvas).draw(form);
        new ContinuationPages(document, canvas, labels).write(form.name(), cells.overflows());
        document.close();
        return out.toByteArray();
    }
}
