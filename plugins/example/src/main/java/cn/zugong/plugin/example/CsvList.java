package cn.zugong.plugin.example;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.io.CadreListFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;

/**
 * The cadre list as a plain CSV file (UTF-8, header row of column keys): exported with name,
 * birth date, unit and post; imported by the header's column keys ({@link CadreListFormat#COLUMNS}),
 * so that another system's export with those headers goes through the platform's import checks.
 */
@Extension
public class CsvList implements CadreListFormat {

    static final List<String> EXPORTED = List.of("name", "birthDate", "unit", "currentPost");

    @Override
    public String id() {
        return "example.csv";
    }

    @Override
    public String nameKey() {
        return "example.format.csv";
    }

    @Override
    public String extension() {
        return "csv";
    }

    @Override
    public void write(List<CadreRef> cadres, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(String.join(",", EXPORTED) + "\r\n");
        for (CadreRef cadre : cadres) {
            writer.write(String.join(
                            ",",
                            List.of(
                                    cell(cadre.name()),
                                    cadre.birthDate().map(Object::toString).orElse(""),
                                    cell(cadre.unitName().orElse("")),
                                    cell(cadre.postTitle().orElse(""))))
                    + "\r\n");
        }
        writer.flush();
    }

    @Override
    public boolean reads() {
        return true;
    }

    @Override
    public List<Map<String, String>> read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String headerLine = reader.readLine();
        if (headerLine == null) {
            throw new IOException("empty file");
        }
        List<String> header = List.of(headerLine.replace("\uFEFF", "").split(",", -1));
        if (header.stream().noneMatch(COLUMNS::contains)) {
            throw new IOException("no known column in the header");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size() && i < cells.length; i++) {
                row.put(header.get(i).strip(), cells[i].strip());
            }
            rows.add(row);
        }
        return rows;
    }

    /** A value without the separators of this simple format. */
    private static String cell(String value) {
        return value.replace(',', '\uFF0C').replace('\n', ' ').replace('\r', ' ');
    }
}
