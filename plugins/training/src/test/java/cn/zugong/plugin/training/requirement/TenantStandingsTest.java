package cn.zugong.plugin.training.requirement;

import static cn.zugong.plugin.training.course.CourseMode.FULL_TIME;
import static cn.zugong.plugin.training.course.CourseMode.ONLINE;
import static cn.zugong.plugin.training.requirement.Cadres.cadre;
import static cn.zugong.plugin.training.requirement.Cadres.record;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.training.rules.CreditRules;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantStandingsTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 11, 20);
    private static final LocalDate IN_2025 = LocalDate.of(2025, 3, 1);

    private final CadreRef done = cadre("Done Township", "TOWNSHIP_PRINCIPAL");
    private final CadreRef shortYear = cadre("Short Township", "TOWNSHIP_DEPUTY");
    private final CadreRef shortWindow = cadre("Short County", "COUNTY_DEPUTY");
    private final CadreRef noLevel = cadre("No Level", null);

    private final TenantStandings standings = TenantStandings.assess(
            List.of(done, shortYear, shortWindow, noLevel),
            List.of(
                    record(done, FULL_TIME, IN_2025, "90", 12),
                    record(done, ONLINE, IN_2025, "50", 0),
                    record(shortYear, FULL_TIME, IN_2025, "80", 10),
                    record(shortYear, ONLINE, IN_2025, "50", 0),
                    record(shortWindow, FULL_TIME, IN_2025, "500", 60),
                    record(shortWindow, ONLINE, IN_2025, "50", 0)),
            CreditRules.national(),
            TODAY);

    @Test
    void listsTheCadresShortThisYear() {
        // DOMAIN T3 (90 学时 a year) and T5 (50 online 学时 a year).
        assertThat(standings.shortThisYear()).extracting(Assessment::cadre).containsExactly(shortYear);
    }

    @Test
    void listsTheCadresShortInTheWindow() {
        // DOMAIN T1: 550 学时 per 5 years.
        assertThat(standings.shortInWindow()).extracting(Assessment::cadre).containsExactly(shortWindow);
        assertThat(standings.shortInWindow().get(0).window().hoursGap()).isEqualByComparingTo("50");
    }

    @Test
    void keepsTheCadresWithoutRequirementApartWithTheirReason() {
        assertThat(standings.notApplicable()).singleElement().satisfies(n -> {
            assertThat(n.cadre()).isEqualTo(noLevel);
            assertThat(n.reasonKey()).isEqualTo(RequirementCalculator.NO_POST_LEVEL);
        });
        assertThat(standings.assessments())
                .extracting(Assessment::cadre)
                .containsExactly(done, shortYear, shortWindow, noLevel);
    }

    @Test
    void completionCountsWhoMetAmongThoseARequirementAppliesTo() {
        // DOMAIN T3 + T5 in the year: 3 cadres owe something this year, 2 met it (shortWindow did
        // its online hours); T1 in the window: only the xianchu-level cadre owes it, and is short.
        assertThat(standings.yearCompletion()).isEqualTo(new Completion(2, 3));
        assertThat(standings.windowCompletion()).isEqualTo(new Completion(0, 1));
    }

    @Test
    void theTiersRequirementIsTheWindowForCountyLevelAndTheYearForTownshipLevel() {
        // DOMAIN T1 (xianchu level: window) and T3 (xiangke level: year), the qualification of 1.2.
        Assessment.Applicable county = standings.shortInWindow().getFirst();
        assertThat(county.tierStanding()).isEqualTo(county.window());
        Assessment.Applicable township = standings.shortThisYear().getFirst();
        assertThat(township.tierStanding()).isEqualTo(township.year());
        assertThat(township.tierStanding().trainingMet()).isFalse();
    }
}
