package cn.zugong.core.plugin.rules;

import cn.zugong.api.rules.RulePack;
import cn.zugong.api.rules.RulePackContribution;
import cn.zugong.api.rules.RuleProblem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A plugin's rule packs as a training module would ship them: two national versions, Sichuan's
 * (51) in force and a later one not yet, Yunnan's (53); its check wants whole positive hours and
 * no more online hours than hours in all.
 */
class TrainingLikeRules implements RulePackContribution {

    static final String PACK = "training";
    static final LocalDate NATIONAL_2015 = LocalDate.of(2015, 1, 1);
    static final LocalDate NATIONAL_2023 = LocalDate.of(2023, 10, 16);
    static final LocalDate SICHUAN_2024 = LocalDate.of(2024, 1, 1);

    /** What {@link #problems} was asked, in order. */
    final List<Map<String, String>> checked = new ArrayList<>();

    RuntimeException failure;

    @Override
    public List<RulePack> rulePacks() {
        return List.of(
                new RulePack(PACK, RulePack.NATIONAL, NATIONAL_2015, Map.of("hours.year", "80", "online.hours", "40")),
                new RulePack(
                        PACK,
                        RulePack.NATIONAL,
                        NATIONAL_2023,
                        Map.of("hours.year", "90", "online.hours", "50", "window.years", "5")),
                new RulePack(PACK, "51", SICHUAN_2024, Map.of("online.hours", "60")),
                new RulePack(PACK, "51", LocalDate.of(2030, 1, 1), Map.of("online.hours", "10")),
                new RulePack(PACK, "53", SICHUAN_2024, Map.of("hours.year", "120", "yunnan.only", "1")));
    }

    @Override
    public List<RuleProblem> problems(String packId, Map<String, String> effective) {
        checked.add(effective);
        if (failure != null) {
            throw failure;
        }
        List<RuleProblem> problems = new ArrayList<>();
        for (String key : List.of("hours.year", "online.hours")) {
            String value = effective.getOrDefault(key, "");
            if (!value.matches("[1-9][0-9]*")) {
                problems.add(new RuleProblem(key, "training.rules.notPositive", List.of(value)));
            }
        }
        if (problems.isEmpty()
                && Integer.parseInt(effective.get("online.hours")) > Integer.parseInt(effective.get("hours.year"))) {
            problems.add(new RuleProblem(
                    "online.hours", "training.rules.onlineAboveTotal", List.of(effective.get("hours.year"))));
        }
        return problems;
    }
}
