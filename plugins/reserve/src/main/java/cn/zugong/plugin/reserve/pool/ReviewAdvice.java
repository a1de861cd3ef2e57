package cn.zugong.plugin.reserve.pool;

import cn.zugong.plugin.reserve.rules.ExitReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The exits an annual review points to (DOMAIN §3.4 [I], kept configurable: only the reasons the
 * county offers are advised). The clerk decides; the advice never exits by itself.
 */
public final class ReviewAdvice {

    /** 基本称职 and 不称职 (DOMAIN §7.1), the grades §3.4 names as an exit reason. */
    private static final List<String> FAILING_GRADES = List.of("BASICALLY_COMPETENT", "INCOMPETENT");

    private ReviewAdvice() {}

    /**
     * @param grade the year's assessment grade on the file, when recorded
     * @param ageOnReview the member's age in full years on the review day
     * @param maxAge the tier's age limit (inclusive)
     * @param concealment whether a concealment finding holds (V-R2 [V])
     * @param offered the exit reasons the county offers
     */
    public static List<ExitReason> exits(
            Optional<String> grade, int ageOnReview, int maxAge, boolean concealment, List<ExitReason> offered) {
        List<ExitReason> exits = new ArrayList<>();
        if (concealment) {
            exits.add(ExitReason.CONCEALMENT);
        }
        if (grade.filter(FAILING_GRADES::contains).isPresent()) {
            exits.add(ExitReason.ASSESSMENT);
        }
        if (ageOnReview > maxAge) {
            exits.add(ExitReason.OVER_AGE);
        }
        return exits.stream().filter(offered::contains).toList();
    }
}
