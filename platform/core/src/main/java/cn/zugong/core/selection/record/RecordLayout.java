package cn.zugong.core.selection.record;

import cn.zugong.core.cadre.infrastructure.print.FormFonts;
import cn.zugong.core.cadre.infrastructure.print.MissingGlyphs;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;

/**
 * The record's building blocks on the page: the title, section headings, label and value grids,
 * tables whose header repeats on each page, and plain paragraphs. Text the font has no glyph for
 * prints as a square ({@link MissingGlyphs}) rather than vanish.
 */
final class RecordLayout {

    private static final Color LABEL_BACKGROUND = new Color(0xEE, 0xEE, 0xEE);

    private final Document document;
    private final Font title = new Font(FormFonts.bold(), 16);
    private final Font heading = new Font(FormFonts.bold(), 11);
    private final Font subheading = new Font(FormFonts.bold(), 9.5f);
    private final Font bold = new Font(FormFonts.bold(), 8.5f);
    private final Font regular = new Font(FormFonts.regular(), 8.5f);
    private final Font small = new Font(FormFonts.regular(), 7.5f);
    private final Font smallBold = new Font(FormFonts.bold(), 7.5f);

    RecordLayout(Document document) {
        this.document = document;
    }

    /** A label and its value; a wide one takes the whole row of a grid. */
    record Field(String label, String value, boolean wide) {

        static Field of(String label, String value) {
            return new Field(label, value, false);
        }

        static Field wide(String label, String value) {
            return new Field(label, value, true);
        }
    }

    void title(String text, String line) {
        Paragraph p = new Paragraph(printable(text, title.getBaseFont()), title);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingAfter(4);
        add(p);
        Paragraph under = new Paragraph(printable(line, small.getBaseFont()), small);
        under.setAlignment(Element.ALIGN_RIGHT);
        under.setSpacingAfter(6);
        add(under);
    }

    void heading(String text) {
        Paragraph p = new Paragraph(printable(text, heading.getBaseFont()), heading);
        p.setSpacingBefore(6);
        p.setKeepTogether(true);
        add(p);
    }

    void subheading(String text) {
        Paragraph p = new Paragraph(printable(text, subheading.getBaseFont()), subheading);
        p.setSpacingBefore(4);
        add(p);
    }

    void paragraph(String text) {
        Paragraph p = new Paragraph(printable(text, regular.getBaseFont()), regular);
        p.setSpacingAfter(3);
        add(p);
    }

    void note(String text) {
        Paragraph p = new Paragraph(printable(text, small.getBaseFont()), small);
        p.setSpacingAfter(3);
        add(p);
    }

    /** Fields two to a row (label, value, label, value); a wide field fills its row. */
    void fields(List<Field> fields) {
        PdfPTable table = table(new float[] {1.3f, 2.7f, 1.3f, 2.7f});
        int column = 0;
        for (Field field : fields) {
            if (field.wide() && column != 0) {
                table.addCell(blank(2));
                column = 0;
            }
            table.addCell(cell(field.label(), bold, LABEL_BACKGROUND, 1));
            table.addCell(cell(field.value(), regular, null, field.wide() ? 3 : 1));
            column = field.wide() ? 0 : (column + 2) % 4;
        }
        if (column != 0) {
            table.addCell(blank(2));
        }
        add(table);
    }

    /** A table with a header row that repeats on each page it runs over. */
    void table(List<String> headers, float[] widths, List<List<String>> rows, boolean compact) {
        PdfPTable table = table(widths);
        table.setHeaderRows(1);
        Font head = compact ? smallBold : bold;
        Font body = compact ? small : regular;
        for (String header : headers) {
            table.addCell(cell(header, head, LABEL_BACKGROUND, 1));
        }
        for (List<String> row : rows) {
            for (String value : row) {
                table.addCell(cell(value, body, null, 1));
            }
        }
        add(table);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        // Room below the heading or paragraph before: their descenders reach under the baseline.
        table.setSpacingBefore(4);
        table.setSpacingAfter(4);
        table.setSplitLate(false);
        return table;
    }

    private PdfPCell cell(String text, Font font, Color background, int colspan) {
        PdfPCell cell = new PdfPCell(new Phrase(printable(text, font.getBaseFont()), font));
        cell.setColspan(colspan);
        cell.setPadding(3);
        cell.setPaddingTop(2);
        cell.setBorderWidth(0.5f);
        cell.setUseAscender(true);
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }

    private static PdfPCell blank(int colspan) {
        PdfPCell cell = new PdfPCell(new Phrase(""));
        cell.setColspan(colspan);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    private static String printable(String text, com.lowagie.text.pdf.BaseFont font) {
        return text == null ? "" : MissingGlyphs.marked(text, font, "selection record");
    }

    private void add(Element element) {
        document.add(element);
    }

    /** The case number and the page number at the foot of each page. */
    static final class Footer extends PdfPageEventHelper {

        private final RecordLabels labels;
        private final String caseNo;
        private final Font font = new Font(FormFonts.regular(), 7.5f);

        Footer(RecordLabels labels, String caseNo) {
            this.labels = labels;
            this.caseNo = caseNo;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            String text = labels.format("footer", caseNo, writer.getPageNumber());
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase(printable(text, font.getBaseFont()), font),
                    (document.left() + document.right()) / 2,
                    document.bottom() - 24,
                    0);
        }
    }
}
