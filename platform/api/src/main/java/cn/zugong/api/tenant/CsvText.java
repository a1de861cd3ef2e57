package cn.zugong.api.tenant;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** The CSV text of {@link ExportEntries#csv}: one format for the platform and the testkit alike. */
final class CsvText {

    private CsvText() {}

    static byte[] of(List<String> header, List<? extends List<?>> rows) {
        StringBuilder text = new StringBuilder();
        line(text, header);
        rows.forEach(row -> line(text, row));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder text, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            Object value = values.get(i);
            String v = value == null ? "" : value.toString();
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                text.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                text.append(v);
            }
        }
        text.append("\r\n");
    }
}
