package cn.zugong.plugin.training.imports;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.requirement.CreditedRecord;
import cn.zugong.plugin.training.rules.CreditRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates an online platform's export, all or nothing: either every row is valid and all come
 * back as records to credit, or none do and every problem of every row comes back, each with its row
 * number as Excel shows it (the header is row 1) and its column. A row is refused for a missing
 * value, an identity number that is malformed or not a cadre's here, a name that is not that
 * cadre's, impossible hours (not a number, zero or less, more than a day can give: DOMAIN T6 / the
 * rule {@code hours.day.max}), a date that cannot be read or lies in the future, and for a record
 * that repeats an earlier row or hours already credited (same cadre, course and date). Entirely
 * blank rows are skipped.
 */
public final class OnlineImport {

    public static final String EMPTY = "training.import.empty";
    public static final String DUPLICATE_IN_FILE = "training.import.duplicateInFile";
    public static final String DUPLICATE_CREDITED = "training.import.duplicateCredited";

    private final ImportColumns columns;
    private final CreditRules rules;
    private final Function<String, Optional<CadreRef>> cadreByIdentity;
    private final Set<String> credited = new HashSet<>();
    private final LocalDate today;

    /**
     * @param columns the header names of the county's rules
     * @param rules the rules in force today
     * @param cadreByIdentity the registry's cadres by identity number (upper-case check digit)
     * @param alreadyCredited the records already credited to the county's cadres
     * @param today the day of the import: no completion date may be later
     */
    public OnlineImport(
            ImportColumns columns,
            CreditRules rules,
            Function<String, Optional<CadreRef>> cadreByIdentity,
            Collection<CreditedRecord> alreadyCredited,
            LocalDate today) {
        this.columns = columns;
        this.rules = rules;
        this.cadreByIdentity = cadreByIdentity;
        this.today = today;
        alreadyCredited.forEach(r -> credited.add(key(r.cadreId().toString(), r.courseName(), r.completedOn())));
    }

    /** @param rows the sheet's rows, the header first, as {@link cn.zugong.api.io.Spreadsheets#read} returns them */
    public ImportResult validate(List<List<String>> rows) {
        List<ImportProblem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            return new ImportResult.Rejected(List.of(ImportProblem.of(1, null, EMPTY)));
        }
        Map<ImportField, Integer> at = columns.locate(rows.get(0), problems);
        if (!problems.isEmpty()) {
            return new ImportResult.Rejected(problems);
        }
        List<ImportedRecord> records = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> cells = rows.get(i);
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                continue;
            }
            int row = i + 1;
            RowReader reader = new RowReader(row, cells, at, rules, cadreByIdentity, today);
            Optional<ImportedRecord> record = reader.read();
            problems.addAll(reader.problems());
            record.ifPresent(r -> {
                String key = key(r.cadre().id().toString(), r.courseName(), r.completedOn());
                Integer first = seen.putIfAbsent(key, row);
                if (first != null) {
                    problems.add(ImportProblem.of(row, null, DUPLICATE_IN_FILE, first));
                } else if (credited.contains(key)) {
                    problems.add(ImportProblem.of(row, null, DUPLICATE_CREDITED, r.courseName(), r.completedOn()));
                } else {
                    records.add(r);
                }
            });
        }
        if (!problems.isEmpty()) {
            return new ImportResult.Rejected(problems);
        }
        if (records.isEmpty()) {
            return new ImportResult.Rejected(List.of(ImportProblem.of(1, null, EMPTY)));
        }
        return new ImportResult.Accepted(records);
    }

    private static String key(String cadre, String course, LocalDate date) {
        return cadre + "|" + CreditedRecord.sameCourse(course) + "|" + date;
    }
}
