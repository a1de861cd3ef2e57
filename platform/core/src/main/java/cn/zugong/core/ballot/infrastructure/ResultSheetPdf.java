package cn.zugong.core.ballot.infrastructure;

import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.BallotResult;
import cn.zugong.core.ballot.domain.Grade;
import cn.zugong.core.ballot.domain.NomineeResult;
import cn.zugong.core.cadre.infrastructure.print.FormFonts;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result sheet of a closed session, to sign and file: participation and validity, then per
 * person the votes and share (a recommendation) or the count per grade (an evaluation). Aggregates
 * only, as the result itself.
 */
public final class ResultSheetPdf {

    private ResultSheetPdf() {}

    public static byte[] render(String title, LocalDate closedOn, BallotResult r, Locale locale) {
        SheetLabels words = SheetLabels.of(locale);
        Font heading = new Font(FormFonts.bold(), 14);
        Font bold = new Font(FormFonts.bold(), 9);
        Font regular = new Font(FormFonts.regular(), 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 46, 50);
        PdfWriter.getInstance(document, out);
        document.addTitle(words.get("result.title") + " " + title);
        document.addCreator("Zugong");
        document.open();
        Paragraph head = new Paragraph(title + " " + words.get("result.title"), heading);
        head.setAlignment(Element.ALIGN_CENTER);
        head.setSpacingAfter(10);
        document.add(head);
        PdfPTable facts = new PdfPTable(2);
        facts.setWidthPercentage(60);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        String share = percent(r.expected() == 0 ? 0 : (double) r.cast() / r.expected()) + " ("
                + words.get(r.participationMet() ? "result.met" : "result.notMet") + ")";
        String[][] rows = {
            {"result.closedOn", String.valueOf(closedOn)},
            {"result.expected", String.valueOf(r.expected())},
            {"result.cast", String.valueOf(r.cast())},
            {"result.participation", share},
            {"result.valid", String.valueOf(r.valid())},
            {"result.invalid", String.valueOf(r.invalid())},
            {"result.blank", String.valueOf(r.blank())}
        };
        for (String[] row : rows) {
            facts.addCell(new Phrase(words.get(row[0]), bold));
            facts.addCell(new Phrase(row[1], regular));
        }
        facts.setSpacingAfter(12);
        document.add(facts);
        List<String> columns = new ArrayList<>(List.of(words.get("result.name")));
        if (r.kind() == BallotKind.RECOMMENDATION) {
            columns.add(words.get("result.votes"));
            columns.add(words.get("result.share"));
        } else {
            for (Grade g : Grade.values()) {
                columns.add(words.get("result." + g.name()));
            }
        }
        PdfPTable persons = new PdfPTable(columns.size());
        persons.setWidthPercentage(100);
        persons.setHeaderRows(1);
        columns.forEach(c -> persons.addCell(new Phrase(c, bold)));
        for (NomineeResult p : r.persons()) {
            persons.addCell(new Phrase(p.name(), regular));
            if (r.kind() == BallotKind.RECOMMENDATION) {
                persons.addCell(new Phrase(String.valueOf(p.votes()), regular));
                persons.addCell(new Phrase(percent(p.share()), regular));
            } else {
                for (Grade g : Grade.values()) {
                    persons.addCell(new Phrase(String.valueOf(p.grade(g)), regular));
                }
            }
        }
        document.add(persons);
        document.close();
        return out.toByteArray();
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
