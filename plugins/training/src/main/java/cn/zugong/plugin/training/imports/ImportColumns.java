package cn.zugong.plugin.training.imports;

import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.rules.RuleReader;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The header names each column of an export may have (rule values {@code import.columns.*}: a
 * county adds the names its platform uses), and where they are in a file's header.
 */
public record ImportColumns(Map<ImportField, List<String>> aliases) {

    public static final String COLUMN_MISSING = "training.import.columnMissing";
    public static final String COLUMN_TWICE = "training.import.columnTwice";

    public ImportColumns {
        Map<ImportField, List<String>> copy = new EnumMap<>(ImportField.class);
        aliases.forEach((field, names) -> copy.put(field, List.copyOf(names)));
        aliases = Map.copyOf(copy);
    }

    /**
     * The columns from effective rule values; a key they lack takes the national value.
     *
     * @throws IllegalArgumentException when a required column has no header name
     */
    public static ImportColumns parse(Map<String, String> effective) {
        RuleReader reader = new RuleReader(effective);
        ImportColumns columns = read(reader);
        reader.requireNoProblems();
        return columns;
    }

    /** What is wrong with the rule values of the columns ({@code training.rules.badValue}). */
    public static List<Problem> problems(Map<String, String> effective) {
        RuleReader reader = new RuleReader(effective);
        read(reader);
        return reader.problems();
    }

    private static ImportColumns read(RuleReader reader) {
        Map<ImportField, List<String>> aliases = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            List<String> names = reader.list(field.ruleKey());
            if (names.isEmpty() && field.required()) {
                reader.bad(field.ruleKey(), null);
            }
            aliases.put(field, names);
        }
        return new ImportColumns(aliases);
    }

    /** The header names of a column. */
    public List<String> of(ImportField field) {
        return aliases.getOrDefault(field, List.of());
    }

    /**
     * The column index of each field found in {@code header}; problems (row 1) for a required
     * column not found and for a field two columns claim.
     */
    Map<ImportField, Integer> locate(List<String> header, List<ImportProblem> problems) {
        Map<ImportField, Integer> found = new EnumMap<>(ImportField.class);
        for (ImportField field : ImportField.values()) {
            List<String> names = of(field).stream().map(ImportColumns::normal).toList();
            for (int i = 0; i < header.size(); i++) {
                if (!names.contains(normal(header.get(i)))) {
                    continue;
                }
                Integer first = found.putIfAbsent(field, i);
                if (first != null) {
                    problems.add(ImportProblem.of(1, field, COLUMN_TWICE, header.get(first), header.get(i)));
                }
            }
            if (field.required() && !found.containsKey(field)) {
                problems.add(ImportProblem.of(1, field, COLUMN_MISSING, String.join(" / ", of(field))));
            }
        }
        return found;
    }

    /** Header cells compared without white space, a required-field star or letter case. */
    private static String normal(String headerCell) {
        return headerCell == null
                ? ""
                : headerCell.replaceAll("[\\s\\u3000*\\uFF0A]+", "").toLowerCase(Locale.ROOT);
    }
}
