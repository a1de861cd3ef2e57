package cn.zugong.core.cadre.infrastructure.print;

import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfContentByte;
import java.io.IOException;

/**
 * The photo at the top right, scaled into its cell without distortion and centred. A form
 * without a photo prints an empty cell; bytes that are no image the PDF library reads print a
 * note in the cell instead of failing the whole form.
 */
final class PhotoCell {

    private static final System.Logger LOG = System.getLogger(PhotoCell.class.getName());
    private static final float PADDING = 2;

    private final PdfContentByte canvas;
    private final CellWriter cells;
    private final FormLabels labels;

    PhotoCell(PdfContentByte canvas, CellWriter cells, FormLabels labels) {
        this.canvas = canvas;
        this.cells = cells;
        this.labels = labels;
    }

    void draw(Box cell, byte[] photo) {
        canvas.setLineWidth(0.6f);
        canvas.rectangle(cell.x(), cell.y(), cell.width(), cell.height());
        canvas.stroke();
        if (photo.length == 0) {
            return;
        }
        Image image;
        try {
            image = Image.getInstance(photo);
        } catch (IOException | RuntimeException unreadable) {
            LOG.log(System.Logger.Level.WARNING, "The form's photo is no readable image: {0}", unreadable.toString());
            cells.write(cell, labels.get("photo.unreadable"), CellStyle.LABEL, "");
            return;
        }
        Box inner = cell.inset(PADDING);
        image.scaleToFit(inner.width(), inner.height());
        image.setAbsolutePosition(
                inner.x() + (inner.width() - image.getScaledWidth()) / 2,
                inner.y() + (inner.height() - image.getScaledHeight()) / 2);
        canvas.addImage(image);
    }
}
