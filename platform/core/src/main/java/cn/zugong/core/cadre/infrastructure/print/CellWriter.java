package cn.zugong.core.cadre.infrastructure.print;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets text into a cell of the one-page form: it tries the style's size and shrinks in half
 * points down to {@link #MIN_SIZE} until the whole text fits. Text that does not fit even then is
 * cut at a line, the cell says that it goes on, and the rest is kept as an {@link Overflow} for
 * the continuation page: text is never dropped.
 */
final class CellWriter {

    static final float MIN_SIZE = 6;
    static final float LEADING = 1.25f;
    private static final float PADDING = 2.5f;
    private static final float STEP = 0.5f;
    /** A resume line's period, e.g. {@code 1993.09--1997.07}, and the blanks after it. */
    private static final Pattern PERIOD =
            Pattern.compile("^\\s*\\d{4}\\.\\d{1,2}\\s*[-~\\u2013\\u2014\\uFF5E]+\\s*(\\d{4}\\.\\d{1,2})?\\s*");

    private final PdfContentByte canvas;
    private final BaseFont font;
    private final String continuedMarker;
    private final List<Overflow> overflows = new ArrayList<>();

    CellWriter(PdfContentByte canvas, BaseFont font, String continuedMarker) {
        this.canvas = canvas;
        this.font = font;
        this.continuedMarker = continuedMarker;
    }

    /**
     * Writes the text into the box (a cell's outline; the padding is taken here).
     *
     * @param overflowLabel the field's label on one line, for the continuation page
     * @return the size the text was set in, or 0 for no text
     */
    float write(Box cell, String text, CellStyle style, String overflowLabel) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        text = MissingGlyphs.marked(text, font, overflowLabel);
        Box inner = cell.inset(PADDING);
        for (float size = style.maxSize(); size >= MIN_SIZE; size -= STEP) {
            ColumnText trial = column(text, size, style, inner);
            if (!ColumnText.hasMoreText(trial.go(true))) {
                float used = inner.top() - trial.getYLine() - font.getFontDescriptor(BaseFont.DESCENT, size);
                float shift = style.middle() ? Math.max(0, (inner.height() - used) / 2) : 0;
                column(text, size, style, inner.lowered(shift)).go();
                return size;
            }
        }
        float markerLine = MIN_SIZE * LEADING + 1;
        ColumnText cut = column(text, MIN_SIZE, style, inner.raisedBottom(markerLine));
        cut.go();
        ColumnText.showTextAligned(
                canvas,
                Element.ALIGN_RIGHT,
                new Phrase(continuedMarker, new Font(font, MIN_SIZE)),
                inner.right(),
                inner.y() + 1,
                0);
        overflows.add(new Overflow(overflowLabel, cut));
        return MIN_SIZE;
    }

    /** Keeps lines that have no cell on the page (e.g. family rows past the table) for the continuation. */
    void continueElsewhere(String label, List<String> lines) {
        ColumnText rest = new ColumnText(canvas);
        for (String line : lines) {
            line = MissingGlyphs.marked(line, font, label);
            rest.addElement(paragraph(line, CellStyle.TEXT.maxSize(), CellStyle.TEXT));
        }
        overflows.add(new Overflow(label, rest));
    }

    List<Overflow> overflows() {
        return List.copyOf(overflows);
    }

    BaseFont font() {
        return font;
    }

    private ColumnText column(String text, float size, CellStyle style, Box box) {
        ColumnText column = new ColumnText(canvas);
        column.setSimpleColumn(box.x(), box.y(), box.right(), box.top());
        column.setUseAscender(true);
        for (String line : text.strip().split("\\R", -1)) {
            column.addElement(paragraph(line, size, style));
        }
        return column;
    }

    private Paragraph paragraph(String line, float size, CellStyle style) {
        Font sized = new Font(font, size);
        // An empty paragraph takes no height in OpenPDF: a blank keeps the empty line.
        Paragraph paragraph = new Paragraph(size * LEADING, line.isEmpty() ? " " : line, sized);
        paragraph.setAlignment(style.alignment());
        if (style.hangingPeriods()) {
            Matcher period = PERIOD.matcher(line);
            if (period.find()) {
                float indent = font.getWidthPoint(period.group(), size);
                paragraph.setIndentationLeft(indent);
                paragraph.setFirstLineIndent(-indent);
            }
        }
        return paragraph;
    }
}
