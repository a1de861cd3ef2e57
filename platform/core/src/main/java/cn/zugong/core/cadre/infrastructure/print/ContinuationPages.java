package cn.zugong.core.cadre.infrastructure.print;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.List;

/**
 * The pages after the form for text that did not fit its cell even at the smallest size: each
 * field's rest under its label, flowing over as many pages as it needs.
 */
final class ContinuationPages {

    private static final float RIGHT = FormGrid.LEFT + FormGrid.WIDTH;
    /** A field whose rest cannot even start on a fresh page would loop forever: stop instead. */
    private static final int MAX_PAGES = 50;

    private final Document document;
    private final PdfContentByte canvas;
    private final FormLabels labels;
    private int pages;

    ContinuationPages(Document document, PdfContentByte canvas, FormLabels labels) {
        this.document = document;
        this.canvas = canvas;
        this.labels = labels;
    }

    void write(String cadreName, List<Overflow> overflows) {
        if (overflows.isEmpty()) {
            return;
        }
        float y = newPage(cadreName);
        for (Overflow overflow : overflows) {
            if (y < FormGrid.BOTTOM + 40) {
                y = newPage(cadreName);
            }
            Font heading = new Font(FormFonts.bold(), 10);
            String title = labels.format("continued.heading", overflow.label());
            ColumnText.showTextAligned(
                    canvas, Element.ALIGN_LEFT, new Phrase(title, heading), FormGrid.LEFT, y - 10, 0);
            ColumnText rest = overflow.remainder();
            rest.setSimpleColumn(FormGrid.LEFT, FormGrid.BOTTOM, RIGHT, y - 16);
            while (ColumnText.hasMoreText(rest.go())) {
                rest.setSimpleColumn(FormGrid.LEFT, FormGrid.BOTTOM, RIGHT, newPage(cadreName));
            }
            y = rest.getYLine() - 12;
        }
    }

    /** Starts a page with the continued title and the cadre's name; returns where the text may start. */
    private float newPage(String cadreName) {
        if (++pages > MAX_PAGES) {
            throw new IllegalStateException("The form's text needs more than " + MAX_PAGES + " continuation pages");
        }
        document.newPage();
        String title = labels.oneLine("title.continued") + "  " + (cadreName == null ? "" : cadreName);
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_CENTER,
                new Phrase(title, new Font(FormFonts.bold(), 14)),
                FormGrid.LEFT + FormGrid.WIDTH / 2,
                FormGrid.PAGE_TOP - 14,
                0);
        return FormGrid.PAGE_TOP - 30;
    }
}
