package cn.zugong.plugin.training.rules;

import cn.zugong.plugin.training.Problem;
import cn.zugong.plugin.training.TrainingRules;
import cn.zugong.plugin.training.course.CourseMode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads rule values by key from an effective rule map, falling back key by key to {@link
 * TrainingRules#defaults()}, and collects a {@link Problem} ({@code training.rules.badValue}) for
 * each value it cannot read instead of stopping at the first.
 */
public final class RuleReader {

    public static final String BAD_VALUE = "training.rules.badValue";

    private final Map<String, String> values;
    private final List<Problem> problems = new ArrayList<>();

    public RuleReader(Map<String, String> effective) {
        values = new HashMap<>(TrainingRules.defaults());
        effective.forEach((key, value) -> {
            if (value != null) {
                values.put(key, value);
            }
        });
    }

    /** The value as given, trimmed; empty when the key has no value. */
    public String text(String key) {
        String value = values.get(key);
        return value == null ? "" : value.strip();
    }

    /** A number of hours or a fraction, zero or more; zero when unreadable. */
    public BigDecimal decimal(String key) {
        try {
            BigDecimal value = new BigDecimal(text(key));
            if (value.signum() >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return bad(key, BigDecimal.ZERO);
    }

    /** A count, at least {@code min}; {@code min} when unreadable. */
    public int integer(String key, int min) {
        try {
            int value = Integer.parseInt(text(key));
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        return bad(key, min);
    }

    /** Course modes by name, comma-separated; may be empty. */
    public Set<CourseMode> modes(String key) {
        Set<CourseMode> modes = EnumSet.noneOf(CourseMode.class);
        for (String name : list(key)) {
            try {
                modes.add(CourseMode.valueOf(name));
            } catch (IllegalArgumentException e) {
                bad(key, null);
            }
        }
        return modes;
    }

    /** The comma-separated items of a value, trimmed, empty items left out. */
    public List<String> list(String key) {
        return Arrays.stream(text(key).split("[,\\uFF0C]"))
                .map(String::strip)
                .filter(item -> !item.isEmpty())
                .toList();
    }

    /** Records that the value of {@code key} cannot be used, and returns {@code fallback}. */
    public <T> T bad(String key, T fallback) {
        problems.add(Problem.of(key, BAD_VALUE, key, text(key)));
        return fallback;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Fails when any value could not be read: the rules are configuration, not user input. */
    public void requireNoProblems() {
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Unreadable training rule values: " + problems);
        }
    }
}
