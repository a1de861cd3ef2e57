package cn.zugong.plugin.training.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * DOMAIN T6 [P]: the hours an online course gives by its length, as an online platform counts them
 * (Yunnan: a course of 30 minutes or more = 1 hour, over 15 = 0.5, up to 15 = 0.25, a passed test
 * 0.5 more). The tiers are a rule value such as {@code >=30:1,>15:0.5,>0:0.25}: the first tier
 * whose bound the minutes reach gives the hours; none, nothing.
 *
 * @param tiers the tiers, in the order tried
 * @param testHours the hours of a passed test, when the rules give any
 */
public record OnlineConversion(List<Tier> tiers, Optional<BigDecimal> testHours) {

    private static final Pattern TIER = Pattern.compile("(>=|>)\\s*(\\d{1,6})\\s*:\\s*(\\d+(?:\\.\\d+)?)");

    /** One tier: from {@code minutes} (included when {@code inclusive}) the course gives {@code hours}. */
    public record Tier(boolean inclusive, int minutes, BigDecimal hours) {

        boolean reachedBy(int courseMinutes) {
            return inclusive ? courseMinutes >= minutes : courseMinutes > minutes;
        }
    }

    public OnlineConversion {
        tiers = List.copyOf(tiers);
    }

    /** Whether the rules convert minutes at all (only where a province's platform rule says how). */
    public boolean configured() {
        return !tiers.isEmpty();
    }

    /** The hours of one course of {@code minutes}, a passed test included; empty when not configured. */
    public Optional<BigDecimal> hours(int minutes, boolean testPassed) {
        if (!configured()) {
            return Optional.empty();
        }
        BigDecimal hours = tiers.stream()
                .filter(tier -> tier.reachedBy(minutes))
                .findFirst()
                .map(Tier::hours)
                .orElse(BigDecimal.ZERO);
        if (testPassed && testHours.isPresent()) {
            hours = hours.add(testHours.get());
        }
        return Optional.of(hours);
    }

    static OnlineConversion read(RuleReader reader, String tiersKey, String testKey) {
        List<Tier> tiers = new ArrayList<>();
        for (String item : reader.list(tiersKey)) {
            Matcher m = TIER.matcher(item);
            if (m.matches()) {
                tiers.add(new Tier(m.group(1).equals(">="), Integer.parseInt(m.group(2)), new BigDecimal(m.group(3))));
            } else {
                reader.bad(tiersKey, null);
            }
        }
        Optional<BigDecimal> test =
                reader.text(testKey).isEmpty() ? Optional.empty() : Optional.of(reader.decimal(testKey));
        return new OnlineConversion(tiers, test);
    }
}
