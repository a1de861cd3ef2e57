package cn.zugong.core.division;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The division table (GB/T 2260, about 3,350 rows), loaded once from {@code divisions/gb2260.tsv}.
 * The table is public reference data that changes only with a release, so it is held in memory.
 */
public final class Divisions {

    static final String RESOURCE = "/divisions/gb2260.tsv";

    private static final Divisions NATIONAL = load();

    private final Map<String, Division> byCode;
    private final Map<String, String> searchKeys;

    Divisions(List<Division> divisions) {
        Map<String, Division> codes = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        for (Division d : divisions) {
            codes.put(d.code(), d);
            keys.put(
                    d.code(),
                    d.nameZh() + "|" + d.nameEn().toLowerCase(Locale.ROOT).replace(" ", ""));
        }
        this.byCode = Collections.unmodifiableMap(codes);
        this.searchKeys = keys;
    }

    /** The national table. */
    public static Divisions national() {
        return NATIONAL;
    }

    public Optional<Division> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The division and the ones above it, the province first. Empty for an unknown code. */
    public List<Division> lineage(String code) {
        List<Division> line = new ArrayList<>();
        Optional<Division> current = find(code);
        while (current.isPresent()) {
            line.addFirst(current.get());
            current = current.get().parentCode().flatMap(this::find);
        }
        return line;
    }

    /**
     * The Keycloak group path of a division, such as {@code /51/5101/510118} for 新津区: one group
     * per level, named by the short code, the form {@code TenancyPolicy} reads back.
     */
    public String groupPath(String code) {
        StringBuilder path = new StringBuilder();
        lineage(code).forEach(d -> path.append('/').append(d.shortCode()));
        return path.toString();
    }

    /**
     * Divisions matching a text, in table order (province, its cities, their counties): a code
     * prefix, part of the Chinese name, or of the English name (its pinyin), spaces ignored.
     */
    public List<Division> search(String text, int limit) {
        String needle =
                text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        return byCode.values().stream()
                .filter(d -> needle.isEmpty() || matches(d, needle))
                .limit(limit)
                .toList();
    }

    private boolean matches(Division d, String needle) {
        if (d.code().startsWith(needle)) {
            return true;
        }
        return searchKeys.get(d.code()).contains(needle);
    }

    public int size() {
        return byCode.size();
    }

    private static Divisions load() {
        try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE);
            }
            return new Divisions(parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Division> parse(BufferedReader reader) throws IOException {
        List<Division> rows = new ArrayList<>();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            rows.add(new Division(
                    f[0],
                    f[1].isEmpty() ? Optional.empty() : Optional.of(f[1]),
                    DivisionLevel.valueOf(f[2]),
                    f[3],
                    f[4]));
        }
        return rows;
    }
}
