package cn.zugong.plugin.training.rules;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * [I] When a cadre is falling behind during a period (DOMAIN gives no figure: V-T6 is a county's
 * local rule). Within a calendar year, the checkpoints say what share of the year's requirement is
 * expected from a day on: {@code 07-01:0.5,10-01:0.75} expects half of it from 1 July and three
 * quarters from 1 October. Within the multi-year window (T1), when {@code window} is on, the share
 * expected is that of the window's years already past: in the fourth year of five, three fifths.
 *
 * @param yearCheckpoints from which day of the year which share is expected, by day
 * @param window whether progress in the window is checked
 */
public record PaceRule(List<Checkpoint> yearCheckpoints, boolean window) {

    private static final Pattern CHECKPOINT = Pattern.compile("(\\d{2}-\\d{2})\\s*:\\s*(0?\\.\\d+|1(?:\\.0+)?)");

    /** From {@code from} on, {@code share} of the year's requirement is expected. */
    public record Checkpoint(MonthDay from, BigDecimal share) {}

    public PaceRule {
        yearCheckpoints = yearCheckpoints.stream()
                .sorted(Comparator.comparing(Checkpoint::from))
                .toList();
    }

    /** The share of the year's requirement expected on a day; empty before the first checkpoint. */
    public Optional<BigDecimal> yearShare(MonthDay day) {
        return yearCheckpoints.stream()
                .filter(c -> !day.isBefore(c.from()))
                .reduce((first, second) -> second)
                .map(Checkpoint::share);
    }

    static PaceRule read(RuleReader reader, String checkpointsKey, String windowKey) {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (String item : reader.list(checkpointsKey)) {
            Matcher m = CHECKPOINT.matcher(item);
            try {
                if (!m.matches()) {
                    throw new DateTimeParseException("not a checkpoint", item, 0);
                }
                checkpoints.add(new Checkpoint(MonthDay.parse("--" + m.group(1)), new BigDecimal(m.group(2))));
            } catch (DateTimeParseException e) {
                reader.bad(checkpointsKey, null);
            }
        }
        String window = reader.text(windowKey);
        if (!window.equalsIgnoreCase("true") && !window.equalsIgnoreCase("false")) {
            reader.bad(windowKey, null);
        }
        return new PaceRule(checkpoints, window.equalsIgnoreCase("true"));
    }
}
