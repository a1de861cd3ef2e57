package cn.zugong.core.selection.eligibility;

import java.time.LocalDate;
import java.util.List;

/** The national pack as migration V15 seeds it (version 2), for tests that need one. */
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
            party-standing.min-years.county=3
            party-standing.min-years.bureau-and-above=5
            party-standing.unit-types=PARTY_COMMITTEE,DISCIPLINE_SUPERVISION
            exceptional.min-years-since-promotion=1
            inspection-notice.min-working-days=1
            inspection-notice.max-working-days=3
            dual-management.reply-months=1
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
