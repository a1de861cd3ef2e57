package cn.zugong.api.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Excel workbooks (.xlsx) for plugins, through the platform's Apache POI.
 *
 * {@snippet class=cn.zugong.api.snippets.IoSnippets region=spreadsheets :
 * List<List<String>> rows = context.spreadsheets().read(upload.getInputStream());
 * byte[] file = context.spreadsheets().write("学时", List.of("姓名", "学时"), List.of(List.of("张三", 32)));
 * }
 */
public interface Spreadsheets {

    /**
     * The first sheet's rows, the header included, each cell as the text Excel shows (dates as
     * {@code yyyy-MM-dd}); trailing empty rows dropped.
     *
     * @throws IOException when the file is not a readable workbook
     */
    List<List<String>> read(InputStream xlsx) throws IOException;

    /** A workbook of one sheet with a bold header row; numbers stay numbers. */
    byte[] write(String sheetName, List<String> header, List<List<Object>> rows);
}
