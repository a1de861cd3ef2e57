package cn.zugong.testkit.context;

import cn.zugong.api.io.Spreadsheets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Spreadsheets without Apache POI: a test uploads text, a row a line and cells separated by tabs,
 * for what a workbook reads as; text without a tab is "not a workbook". {@link #write} gives the
 * sheet's name, header and rows as text, so a test can look for a value in the download.
 */
public final class TextSpreadsheets implements Spreadsheets {

    /** A "workbook" of these rows, for {@link #read}. */
    public static byte[] workbook(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        rows.forEach(row -> text.append(String.join("\t", row)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public List<List<String>> read(InputStream xlsx) throws IOException {
        String text = new String(xlsx.readAllBytes(), StandardCharsets.UTF_8);
        if (!text.contains("\t")) {
            throw new IOException("not a workbook");
        }
        return text.lines().map(line -> List.of(line.split("\t", -1))).toList();
    }

    @Override
    public byte[] write(String sheetName, List<String> header, List<List<Object>> rows) {
        return (sheetName + header + rows).getBytes(StandardCharsets.UTF_8);
    }
}
