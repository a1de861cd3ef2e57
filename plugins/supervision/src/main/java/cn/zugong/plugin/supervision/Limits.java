package cn.zugong.plugin.supervision;

import cn.zugong.plugin.supervision.measure.MeasureKind;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The supervision rules in force, parsed from a pack's effective values (keys of {@code
 * supervision/rules-national.properties}, which gives each one's source).
 *
 * @param proposeDays working days from receipt to the proposed handling of a report
 * @param closeDays working days from assignment to closure
 * @param extensionDays most working days one extension adds
 * @param extensions how many extensions a report may have
 * @param randomRate share of the submitted reports drawn for the random check
 * @param scopeLevels post levels whose holders report personal matters
 * @param focusedLevels post levels whose promotion needs the focused check (凡提必查)
 * @param items the personal-matters items a report lists
 * @param mattersDue the day of the year the annual report is due
 * @param trialMonths length of a trial
 * @param trialReminderDays days before a trial's end from which its assessment is due
 * @param absenceMonths an absence of at least this long extends a trial
 * @param measureMonths by kind, months during which a measure bars promotion
 */
public record Limits(
        int proposeDays,
        int closeDays,
        int extensionDays,
        int extensions,
        BigDecimal randomRate,
        Set<String> scopeLevels,
        Set<String> focusedLevels,
        List<String> items,
        MonthDay mattersDue,
        int trialMonths,
        int trialReminderDays,
        int absenceMonths,
        Map<MeasureKind, Integer> measureMonths) {

    public static Limits parse(Map<String, String> effective) {
        List<Problem> problems = problems(effective);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("unreadable supervision rules: " + problems);
        }
        Map<String, String> v = withDefaults(effective);
        Map<MeasureKind, Integer> months = new EnumMap<>(MeasureKind.class);
        for (MeasureKind kind : MeasureKind.values()) {
            months.put(kind, Integer.parseInt(v.get(measureKey(kind)).trim()));
        }
        return new Limits(
                Integer.parseInt(v.get("report.propose.days").trim()),
                Integer.parseInt(v.get("report.close.days").trim()),
                Integer.parseInt(v.get("report.extension.days").trim()),
                Integer.parseInt(v.get("report.extensions").trim()),
                new BigDecimal(v.get("matters.random.rate").trim()),
                list(v.get("matters.scope.levels")).stream().collect(Collectors.toUnmodifiableSet()),
                list(v.get("matters.focused.levels")).stream().collect(Collectors.toUnmodifiableSet()),
                list(v.get("matters.items")),
                MonthDay.parse("--" + v.get("matters.due").trim()),
                Integer.parseInt(v.get("trial.months").trim()),
                Integer.parseInt(v.get("trial.reminder.days").trim()),
                Integer.parseInt(v.get("trial.absence.months").trim()),
                Map.copyOf(months));
    }

    /** Each value that cannot be read, named by its key ({@code supervision.rules.badValue}). */
    public static List<Problem> problems(Map<String, String> effective) {
        Map<String, String> v = withDefaults(effective);
        List<Problem> problems = new ArrayList<>();
        List<String> counts = new ArrayList<>(List.of(
                "report.propose.days",
                "report.close.days",
                "report.extension.days",
                "report.extensions",
                "trial.months",
                "trial.reminder.days",
                "trial.absence.months"));
        Arrays.stream(MeasureKind.values()).map(Limits::measureKey).forEach(counts::add);
        for (String key : counts) {
            if (!count(v.get(key))) {
                problems.add(Problem.of(key, "supervision.rules.badValue", key, v.get(key)));
            }
        }
        try {
            BigDecimal rate = new BigDecimal(v.get("matters.random.rate").trim());
            if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
                throw new NumberFormatException();
            }
        } catch (RuntimeException e) {
            problems.add(Problem.of(
                    "matters.random.rate",
                    "supervision.rules.badValue",
                    "matters.random.rate",
                    v.get("matters.random.rate")));
        }
        try {
            MonthDay.parse("--" + v.get("matters.due").trim());
        } catch (RuntimeException e) {
            problems.add(Problem.of("matters.due", "supervision.rules.badValue", "matters.due", v.get("matters.due")));
        }
        return problems;
    }

    /** Months a measure of {@code kind} bars promotion; 0 for none. */
    public int barMonths(MeasureKind kind) {
        return measureMonths.getOrDefault(kind, 0);
    }

    static String measureKey(MeasureKind kind) {
        return "measure." + kind.name() + ".months";
    }

    private static boolean count(String value) {
        try {
            return value != null && Integer.parseInt(value.trim()) >= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static List<String> list(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Map<String, String> withDefaults(Map<String, String> effective) {
        Map<String, String> values = new HashMap<>(SupervisionRules.defaults());
        values.putAll(effective);
        return values;
    }
}
