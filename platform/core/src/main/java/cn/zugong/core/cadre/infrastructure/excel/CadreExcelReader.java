package cn.zugong.core.cadre.infrastructure.excel;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx file row by row with POI's SAX event API: only the shared
 * strings table and one row are in memory, whatever the number of rows. Refuses a file that is
 * not .xlsx (a legacy .xls, an encrypted workbook, anything else), a zip part that inflates too
 * much or beyond {@link ExcelLimits#maxEntryBytes()} (POI's {@link ZipSecureFile} checks, set for
 * the whole JVM), a header without a required column, more rows than the limit, and a sheet
 * without data rows; each as an {@link ExcelFileException}.
 */
public final class CadreExcelReader {

    /** Receives the data rows in file order. */
    @FunctionalInterface
    public interface RowHandler {
        void row(SheetRow row);
    }

    private final ExcelLimits limits;

    public CadreExcelReader(ExcelLimits limits) {
        this.limits = limits;
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxEntryBytes());
    }

    /** Hands every non-blank data row to the handler; returns how many there were. */
    public int read(Path file, RowHandler handler) {
        checkKind(file);
        OPCPackage pkg = open(file);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            SheetRows rows = new SheetRows(handler, limits.maxRows());
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ExcelFileException("excel.error.empty");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(pkg, false),
                        rows,
                        new CellText(),
                        false));
                parser.parse(new InputSource(sheet));
            }
            if (!rows.sawHeader() || rows.dataRows() == 0) {
                throw new ExcelFileException("excel.error.empty");
            }
            return rows.dataRows();
        } catch (ExcelFileException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw refusal(e);
        } finally {
            pkg.revert();
        }
    }

    /** The first bytes decide: a zip may be .xlsx; an OLE2 file is a legacy .xls or encrypted. */
    private static void checkKind(Path file) {
        FileMagic magic;
        try (InputStream in = FileMagic.prepareToCheckMagic(new BufferedInputStream(Files.newInputStream(file)))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException | EmptyFileException e) {
            throw new ExcelFileException("excel.error.not-xlsx", e);
        }
        if (magic == FileMagic.OLE2) {
            try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
                throw new ExcelFileException(
                        ole.getRoot().hasEntry("EncryptionInfo") ? "excel.error.encrypted" : "excel.error.xls");
            } catch (IOException e) {
                throw new ExcelFileException("excel.error.not-xlsx", e);
            }
        }
        if (magic != FileMagic.OOXML) {
            throw new ExcelFileException("excel.error.not-xlsx");
        }
    }

    private static OPCPackage open(Path file) {
        try {
            return OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException e) {
            throw new ExcelFileException("excel.error.not-xlsx", e);
        }
    }

    // POI names a zip bomb only in a message, often of a cause wrapped by the sheet parser.
    private static ExcelFileException refusal(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String text = String.valueOf(t.getMessage());
            if (text.contains("Zip bomb") || text.contains("exceeds the max")) {
                return new ExcelFileException("excel.error.zip-bomb", e);
            }
        }
        return new ExcelFileException("excel.error.corrupt", e);
    }
}
