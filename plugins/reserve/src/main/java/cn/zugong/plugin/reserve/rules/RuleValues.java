package cn.zugong.plugin.reserve.rules;

import cn.zugong.plugin.reserve.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reserve rules in force for a county, parsed from the effective values of the pack {@code
 * reserve} ({@code ReserveRules} and {@code reserve/rules-national.properties} give the sources).
 *
 * @param tiers the county's tiers in order, with their rules
 * @param minShares V-R1 [P]: the minimum share per dimension; a dimension without one is reported, not judged
 * @param underAge the age below which a member counts as young (under-35), at the reference date
 * @param principalTier item 5: the tier whose reserve a 正职 promotion is expected to come from; empty: no gate
 * @param exitReasons item 3: the exit reasons the county offers (§3.4 [I]), in order
 * @param ageWarningMonths item 6: how many months before a member reaches the tier's age limit a reminder goes out
 */
public record RuleValues(
        Map<String, TierRule> tiers,
        Map<Dimension, Share> minShares,
        int underAge,
        Optional<String> principalTier,
        List<ExitReason> exitReasons,
        int ageWarningMonths) {

    public RuleValues {
        tiers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
        minShares = Map.copyOf(minShares);
        exitReasons = List.copyOf(exitReasons);
    }

    public Optional<Share> minShare(Dimension dimension) {
        return Optional.ofNullable(minShares.get(dimension));
    }

    public Optional<TierRule> tier(String code) {
        return Optional.ofNullable(tiers.get(code));
    }

    /** Parses the values; throws {@link IllegalArgumentException} if {@link #problems} finds any. */
    public static RuleValues of(Map<String, String> values) {
        List<Problem> problems = problems(values);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("reserve rules: " + problems);
        }
        return parse(values);
    }

    /** What is wrong with the values, one problem per key. */
    public static List<Problem> problems(Map<String, String> values) {
        List<Problem> problems = new ArrayList<>();
        List<String> tierCodes = list(values.get("tiers"));
        if (tierCodes.isEmpty()) {
            problems.add(Problem.of("tiers", "reserve.rules.required"));
        }
        for (Dimension d : Dimension.values()) {
            String key = shareKey(d);
            String text = values.getOrDefault(key, "");
            if (d != Dimension.COUNT && !text.isBlank()) {
                try {
                    Share.parse(text);
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.of(key, "reserve.rules.share", text));
                }
            }
        }
        positive(values, "under.age", problems);
        positive(values, "remind.age.months", problems);
        for (String reason : list(values.get("exit.reasons"))) {
            if (Arrays.stream(ExitReason.values()).noneMatch(r -> r.name().equals(reason))) {
                problems.add(Problem.of("exit.reasons", "reserve.rules.exitReason", reason));
            }
        }
        String gateTier = values.getOrDefault("gate.principal.tier", "").trim();
        if (!gateTier.isEmpty() && !tierCodes.contains(gateTier)) {
            problems.add(Problem.of("gate.principal.tier", "reserve.rules.tier", gateTier));
        }
        for (String tier : tierCodes) {
            String prefix = "tier." + tier + ".";
            positive(values, prefix + "age.max", problems);
            String years = values.getOrDefault(prefix + "lowerLevel.years", "");
            if (!years.isBlank()) {
                positive(values, prefix + "lowerLevel.years", problems);
            }
            try {
                if (Double.parseDouble(values.getOrDefault(prefix + "perPost.max", "")) <= 0) {
                    problems.add(Problem.of(prefix + "perPost.max", "reserve.rules.positive"));
                }
            } catch (NumberFormatException e) {
                problems.add(Problem.of(prefix + "perPost.max", "reserve.rules.positive"));
            }
            String education = values.getOrDefault(prefix + "education.min", "");
            if (Arrays.stream(Education.values()).noneMatch(e -> e.name().equals(education))) {
                problems.add(Problem.of(prefix + "education.min", "reserve.rules.education", education));
            }
            for (Dimension d : Dimension.values()) {
                String key = prefix + "annual." + d.name();
                if (!values.getOrDefault(key, "").isBlank()) {
                    positive(values, key, problems);
                }
            }
        }
        return problems;
    }

    private static RuleValues parse(Map<String, String> values) {
        Map<String, TierRule> tiers = new LinkedHashMap<>();
        for (String tier : list(values.get("tiers"))) {
            String prefix = "tier." + tier + ".";
            String years = values.getOrDefault(prefix + "lowerLevel.years", "");
            Map<Dimension, Integer> annual = new EnumMap<>(Dimension.class);
            for (Dimension d : Dimension.values()) {
                String text = values.getOrDefault(prefix + "annual." + d.name(), "");
                if (!text.isBlank()) {
                    annual.put(d, Integer.parseInt(text.trim()));
                }
            }
            tiers.put(
                    tier,
                    new TierRule(
                            tier,
                            Set.copyOf(list(values.get(prefix + "lowerLevels"))),
                            years.isBlank() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(years.trim())),
                            Education.valueOf(
                                    values.get(prefix + "education.min").trim()),
                            Integer.parseInt(values.get(prefix + "age.max").trim()),
                            Double.parseDouble(
                                    values.get(prefix + "perPost.max").trim()),
                            annual,
                            Set.copyOf(list(values.get(prefix + "postLevels")))));
        }
        Map<Dimension, Share> shares = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            String text = values.getOrDefault(shareKey(d), "");
            if (d != Dimension.COUNT && !text.isBlank()) {
                shares.put(d, Share.parse(text));
            }
        }
        String gateTier = values.getOrDefault("gate.principal.tier", "").trim();
        return new RuleValues(
                tiers,
                shares,
                Integer.parseInt(values.get("under.age").trim()),
                gateTier.isEmpty() ? Optional.empty() : Optional.of(gateTier),
                list(values.get("exit.reasons")).stream()
                        .map(ExitReason::valueOf)
                        .toList(),
                Integer.parseInt(values.get("remind.age.months").trim()));
    }

    /** The rule key of a dimension's minimum share. */
    public static String shareKey(Dimension dimension) {
        return "share." + dimension.name() + ".min";
    }

    private static void positive(Map<String, String> values, String key, List<Problem> problems) {
        try {
            if (Integer.parseInt(values.getOrDefault(key, "").trim()) <= 0) {
                problems.add(Problem.of(key, "reserve.rules.positive"));
            }
        } catch (NumberFormatException e) {
            problems.add(Problem.of(key, "reserve.rules.positive"));
        }
    }

    private static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toList());
    }
}
