package cn.zugong.plugin.training.imports;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.rules.CreditRules;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one data row of an import: the record, when the row has no problem, and its problems. */
final class RowReader {

    static final String MISSING = "training.import.missing";
    static final String IDENTITY_FORMAT = "training.import.identityFormat";
    static final String UNKNOWN_CADRE = "training.import.unknownCadre";
    static final String NAME_MISMATCH = "training.import.nameMismatch";
    static final String HOURS_NOT_NUMBER = "training.import.hoursNotNumber";
    static final String HOURS_POSITIVE = "training.import.hoursPositive";
    static final String HOURS_SCALE = "training.import.hoursScale";
    static final String HOURS_IMPLAUSIBLE = "training.import.hoursImplausible";
    static final String DAYS_INVALID = "training.import.daysInvalid";
    static final String DATE_FORMAT = "training.import.dateFormat";
    static final String DATE_FUTURE = "training.import.dateFuture";
    static final String COURSE_TOO_LONG = "training.import.courseTooLong";

    /** The longest course name a record keeps (its stored column). */
    static final int MAX_COURSE = 200;

    private static final Pattern IDENTITY = Pattern.compile("\\d{17}[\\dX]");
    /** 2024-03-05, 2024/3/5 or 2024.03.05, possibly with a time of day as platforms export it. */
    private static final Pattern DATE =
            Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2})?)?");
    /** Online platforms count in quarters of an hour (DOMAIN T6: 0.25), so two decimals are allowed. */
    private static final int HOURS_SCALE_MAX = 2;

    private final int row;
    private final List<String> cells;
    private final Map<ImportField, Integer> at;
    private final CreditRules rules;
    private final Function<String, Optional<CadreRef>> cadreByIdentity;
    private final LocalDate today;
    private final List<ImportProblem> problems = new ArrayList<>();

    RowReader(
            int row,
            List<String> cells,
            Map<ImportField, Integer> at,
            CreditRules rules,
            Function<String, Optional<CadreRef>> cadreByIdentity,
            LocalDate today) {
        this.row = row;
        this.cells = cells;
        this.at = at;
        this.rules = rules;
        this.cadreByIdentity = cadreByIdentity;
        this.today = today;
    }

    Optional<ImportedRecord> read() {
        Optional<CadreRef> cadre = cadre();
        Optional<String> course = required(ImportField.COURSE).flatMap(this::courseName);
        Optional<Integer> days = days();
        Optional<BigDecimal> hours = hours(days);
        Optional<LocalDate> date = date();
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ImportedRecord(
                row,
                cadre.orElseThrow(),
                course.orElseThrow(),
                hours.orElseThrow(),
                days.orElseThrow(),
                date.orElseThrow()));
    }

    List<ImportProblem> problems() {
        return List.copyOf(problems);
    }

    private Optional<CadreRef> cadre() {
        Optional<String> name = required(ImportField.NAME);
        Optional<String> identity = required(ImportField.IDENTITY).map(id -> id.toUpperCase(Locale.ROOT));
        if (identity.isEmpty()) {
            return Optional.empty();
        }
        if (!IDENTITY.matcher(identity.get()).matches()) {
            return problem(ImportField.IDENTITY, IDENTITY_FORMAT, identity.get());
        }
        Optional<CadreRef> cadre = cadreByIdentity.apply(identity.get());
        if (cadre.isEmpty()) {
            return problem(ImportField.IDENTITY, UNKNOWN_CADRE, identity.get());
        }
        if (name.isPresent()
                && !withoutSpaces(name.get()).equals(withoutSpaces(cadre.get().name()))) {
            return problem(
                    ImportField.NAME, NAME_MISMATCH, name.get(), cadre.get().name());
        }
        return cadre;
    }

    private Optional<String> courseName(String name) {
        return name.length() > MAX_COURSE
                ? problem(ImportField.COURSE, COURSE_TOO_LONG, MAX_COURSE)
                : Optional.of(name);
    }

    /** The training days, when the file has them; 0 when it has not. */
    private Optional<Integer> days() {
        String text = cell(ImportField.DAYS);
        if (text.isEmpty()) {
            return Optional.of(0);
        }
        try {
            int days = Integer.parseInt(text);
            if (days > 0) {
                return Optional.of(days);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return problem(ImportField.DAYS, DAYS_INVALID, text);
    }

    /** The hours; their bound is checked only against readable days. */
    private Optional<BigDecimal> hours(Optional<Integer> days) {
        Optional<String> text = required(ImportField.HOURS);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal hours;
        try {
            hours = new BigDecimal(text.get());
        } catch (NumberFormatException e) {
            return problem(ImportField.HOURS, HOURS_NOT_NUMBER, text.get());
        }
        if (hours.signum() <= 0) {
            return problem(ImportField.HOURS, HOURS_POSITIVE, text.get());
        }
        if (hours.stripTrailingZeros().scale() > HOURS_SCALE_MAX) {
            return problem(ImportField.HOURS, HOURS_SCALE, text.get());
        }
        if (days.isEmpty()) {
            return Optional.of(hours);
        }
        // A row without days is one day's study at most.
        int span = Math.max(days.get(), 1);
        if (hours.compareTo(rules.maxHours(span)) > 0) {
            return problem(ImportField.HOURS, HOURS_IMPLAUSIBLE, hours, span, rules.maxHoursPerDay());
        }
        return Optional.of(hours);
    }

    private Optional<LocalDate> date() {
        Optional<String> text = required(ImportField.DATE);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(text.get());
        if (!m.matches()) {
            return problem(ImportField.DATE, DATE_FORMAT, text.get());
        }
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            return problem(ImportField.DATE, DATE_FORMAT, text.get());
        }
        if (date.isAfter(today)) {
            return problem(ImportField.DATE, DATE_FUTURE, date);
        }
        return Optional.of(date);
    }

    private Optional<String> required(ImportField field) {
        String text = cell(field);
        return text.isEmpty() ? problem(field, MISSING) : Optional.of(text);
    }

    private String cell(ImportField field) {
        Integer index = at.get(field);
        if (index == null || index >= cells.size() || cells.get(index) == null) {
            return "";
        }
        return cells.get(index).strip();
    }

    private <T> Optional<T> problem(ImportField field, String key, Object... args) {
        problems.add(ImportProblem.of(row, field, key, args));
        return Optional.empty();
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("[\\s\\u3000]+", "");
    }
}
