package cn.zugong.core.cadre.infrastructure.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a reader of the PDF finds in it, read back with PDFBox (an independent PDF library). */
record RenderedPdf(
        int pages,
        PDRectangle firstPageSize,
        List<String> pageTexts,
        List<PDFont> fonts,
        List<PDImageXObject> firstPageImages) {

    static RenderedPdf read(byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            List<String> texts = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper();
            // Drawing order, not position: a cell's lines stay together, rows come in order.
            stripper.setSortByPosition(false);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                texts.add(stripper.getText(document));
            }
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    fonts.add(resources.getFont(name));
                }
            }
            List<PDImageXObject> images = new ArrayList<>();
            PDResources first = document.getPage(0).getResources();
            for (COSName name : first.getXObjectNames()) {
                PDXObject object = first.getXObject(name);
                if (object instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            return new RenderedPdf(
                    document.getNumberOfPages(), document.getPage(0).getMediaBox(), texts, fonts, images);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of all pages without blanks and line breaks: cells wrap and columns space text freely. */
    String compactText() {
        return compact(String.join("", pageTexts));
    }

    String compactText(int page) {
        return compact(pageTexts.get(page - 1));
    }

    static String compact(String text) {
        return text.replaceAll("\\s+", "");
    }
}
