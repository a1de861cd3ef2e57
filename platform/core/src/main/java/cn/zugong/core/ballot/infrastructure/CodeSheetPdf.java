package cn.zugong.core.ballot.infrastructure;

import cn.zugong.core.ballot.domain.BallotCodes;
import cn.zugong.core.cadre.infrastructure.print.FormFonts;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The sheet of a session's codes, to print and cut in the room: per code a QR code of the ballot
 * page's address with the code in it, the code as printed and the page's address to type it at.
 * Twelve to an A4 page. The sheet is made once, when the codes are issued: they are stored only
 * as hashes, so it cannot be printed again; issuing again replaces every code.
 */
public final class CodeSheetPdf {

    private CodeSheetPdf() {}

    /** The sheet; {@code ballotUrl} is the public page's absolute address ({@code https://…/ballot/}). */
    public static byte[] render(String title, List<String> codes, String ballotUrl, Locale locale) {
        SheetLabels words = SheetLabels.of(locale);
        Font heading = new Font(FormFonts.bold(), 9);
        Font codeFont = new Font(FormFonts.bold(), 12);
        Font small = new Font(FormFonts.regular(), 6.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 24, 24, 24, 24);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(words.get("codes.title") + " " + title);
        document.addCreator("Zugong");
        document.open();
        PdfPTable table = new PdfPTable(3);
        table.setWidthPercentage(100);
        for (String code : codes) {
            PdfPCell cell = new PdfPCell();
            cell.setPadding(6);
            cell.setMinimumHeight(180);
            Paragraph name = new Paragraph(title, heading);
            name.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(name);
            var qr = QrCode.of(
                    writer.getDirectContent(),
                    ballotUrl + "?c=" + URLEncoder.encode(code, StandardCharsets.UTF_8),
                    110);
            // In a cell an image takes the column's whole width unless told otherwise.
            qr.setWidthPercentage(60);
            qr.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(qr);
            Paragraph printed = new Paragraph(BallotCodes.format(code), codeFont);
            printed.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(printed);
            Paragraph address = new Paragraph(ballotUrl, small);
            address.setAlignment(Element.ALIGN_CENTER);
            cell.addElement(address);
            cell.addElement(new Paragraph(words.get("codes.help"), small));
            table.addCell(cell);
        }
        table.completeRow();
        document.add(table);
        document.close();
        return out.toByteArray();
    }
}
