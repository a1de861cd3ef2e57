package cn.zugong.core.selection.eligibility;

import java.time.LocalDate;
import java.util.List;

/** The national pack as migration V7 seeds it, for tests that need one. */
final class Packs {

    static final String NATIONAL_PARAMETERS =
            """
            county.min-work-years=5
            county.min-grassroots-years=2
            grassroots.unit-types=TOWNSHIP
            county-and-above.min-lower-posts=2
            deputy-to-principal.min-years=2
            lower-principal-to-upper-deputy.min-years=3
            education.min=COLLEGE
            education.min.bureau-and-above=UNIVERSITY
            training.outcome=WARNING
            health.min=FAIR
            """;

    private Packs() {}

    static EligibilityRulePack national() {
        return new EligibilityRulePack("00", 1, LocalDate.of(2014, 1, 14), null, NATIONAL_PARAMETERS, "test");
    }

    static RulePack nationalPack() {
        return RulePack.resolve(List.of(national()), "51", LocalDate.of(2025, 1, 1))
                .orElseThrow();
    }

    /** The national pack with some lines replaced. */
    static RulePack withLines(String lines) {
        EligibilityRulePack province = new EligibilityRulePack("51", 1, LocalDate.of(2014, 1, 14), null, lines, "test");
        return RulePack.resolve(List.of(national(), province), "51", LocalDate.of(2025, 1, 1))
                .orElseThrow();
    }
}
