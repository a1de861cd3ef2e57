package cn.zugong.api.tenant;

import java.util.List;

/**
 * Where a {@link TenantDataExport} writes: entries of the county's export archive, each under the
 * plugin's folder ({@code plugins/<plugin id>/<name>}) and hashed into the archive's manifest.
 * Implemented by the platform.
 *
 * <p>Names are relative paths of letters, digits, {@code -}, {@code _} and {@code .}, separated by
 * {@code /}; no {@code ..}, no leading {@code /}, at most 200 characters, each name once. Another
 * name is refused with an {@link IllegalArgumentException}, which fails the export.
 *
 * {@snippet class=cn.zugong.api.snippets.TenantExportSnippets region=entries :
 * entries.csv("enrollments.csv", List.of("course", "cadre", "status"), List.of(List.of(courseId, cadreId, "CREDITED")));
 * entries.add("readme.txt", "学时单位：学时".getBytes(StandardCharsets.UTF_8));
 * }
 *
 * @since 1.3.0
 */
public interface ExportEntries {

    /** Adds a file as given. */
    void add(String name, byte[] content);

    /**
     * Adds a CSV file (UTF-8, comma-separated, quoted where RFC 4180 needs it, lines ending in CRLF):
     * the header, then one line per row, each value as its {@code toString()}, {@code null} as an
     * empty field.
     */
    default void csv(String name, List<String> header, List<? extends List<?>> rows) {
        add(name, CsvText.of(header, rows));
    }
}
