package cn.zugong.core.ballot.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zugong.core.ballot.domain.BallotCodes;
import cn.zugong.core.ballot.domain.BallotKind;
import cn.zugong.core.ballot.domain.BallotResult;
import cn.zugong.core.ballot.domain.NomineeResult;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The printed sheets: every code readable as text and as a QR code of the page's address, and the result. */
class BallotSheetsTest {

    private static final String URL = "https://zugong.example/ballot/";

    @Test
    void theCodeSheetPrintsEveryCodeAndAQrCodeOpeningItsBallot() throws Exception {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            codes.add(BallotCodes.generate());
        }
        byte[] pdf = CodeSheetPdf.render("副镇长民主推荐", codes, URL, Locale.SIMPLIFIED_CHINESE);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages(), "twelve codes to a page");
            String text = new PDFTextStripper().getText(document);
            for (String code : codes) {
                assertTrue(text.contains(BallotCodes.format(code)), code + " in " + text);
            }
            assertTrue(text.contains(URL));
            Set<String> scanned = new TreeSet<>();
            for (int page = 0; page < 2; page++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 150);
                int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
                BinaryBitmap bitmap = new BinaryBitmap(
                        new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
                Arrays.stream(new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)))
                        .map(Result::getText)
                        .forEach(scanned::add);
            }
            assertEquals(
                    codes.stream().map(c -> URL + "?c=" + c).collect(Collectors.toCollection(TreeSet::new)), scanned);
        }
    }

    @Test
    void theResultSheetShowsParticipationAndEachPersonsShare() throws Exception {
        BallotResult result = new BallotResult(
                BallotKind.RECOMMENDATION,
                30,
                24,
                22,
                1,
                1,
                true,
                List.of(
                        new NomineeResult(0, null, "王五", 16, 16 / 24.0, Map.of()),
                        new NomineeResult(1, null, "李四", 6, 6 / 24.0, Map.of())));
        byte[] pdf = ResultSheetPdf.render("副镇长民主推荐", java.time.LocalDate.of(2026, 12, 7), result, Locale.ENGLISH);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            for (String expected :
                    List.of("Ballot result", "王五", "66.7%", "李四", "25.0%", "80.0% (share met)", "2026-12-07")) {
                assertTrue(text.contains(expected), expected + " in " + text);
            }
        }
    }
}
