package cn.zugong.plugin.reserve.eligibility;

import cn.zugong.api.career.Holding;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.rules.Education;
import cn.zugong.plugin.reserve.rules.TierRule;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a cadre may be nominated to a tier's reserve (DOMAIN §3.2 [P]): age at most the tier's
 * limit at the batch's reference date (V-R3: the age is computed at that date, as the form's
 * 计算年龄时间), education at least the tier's minimum, and the years since first holding a post at
 * the level below. Unmet conditions are problems the clerk sees; the nomination is refused.
 */
public final class Eligibility {

    private Eligibility() {}

    /** The age in full years on {@code day}: 45 until the day before the 46th birthday. */
    public static int ageOn(LocalDate birthDate, LocalDate day) {
        return Period.between(birthDate, day).getYears();
    }

    /**
     * The unmet conditions of {@code rule} for a cadre.
     *
     * @param birthDate from the registry; missing is a problem (the age cannot be checked)
     * @param education the highest level on the registry's file (item 1)
     * @param holdings the cadre's posts from the registry's careers
     * @param referenceDate the batch's reference date
     */
    public static List<Problem> check(
            TierRule rule,
            Optional<LocalDate> birthDate,
            Optional<Education> education,
            List<Holding> holdings,
            LocalDate referenceDate) {
        List<Problem> problems = new ArrayList<>();
        if (birthDate.isEmpty()) {
            problems.add(Problem.of("birthDate", "reserve.eligibility.noBirthDate"));
        } else {
            int age = ageOn(birthDate.get(), referenceDate);
            if (age > rule.maxAge()) {
                problems.add(Problem.of("birthDate", "reserve.eligibility.tooOld", age, rule.maxAge(), referenceDate));
            }
        }
        if (education.isEmpty()) {
            problems.add(Problem.of("education", "reserve.eligibility.noEducation"));
        } else if (!education.get().atLeast(rule.minEducation())) {
            problems.add(Problem.of(
                    "education",
                    "reserve.eligibility.education",
                    rule.minEducation().name()));
        }
        if (rule.lowerLevelYears().isPresent()) {
            int years = rule.lowerLevelYears().getAsInt();
            Optional<LocalDate> since = holdings.stream()
                    .filter(h ->
                            h.postLevel().filter(rule.lowerLevels()::contains).isPresent())
                    .map(Holding::start)
                    .filter(start -> !start.isAfter(referenceDate))
                    .min(LocalDate::compareTo);
            if (since.isEmpty() || since.get().plusYears(years).isAfter(referenceDate)) {
                problems.add(Problem.of("career", "reserve.eligibility.lowerLevel", years));
            }
        }
        return problems;
    }
}
