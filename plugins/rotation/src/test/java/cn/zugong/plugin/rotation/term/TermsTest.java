package cn.zugong.plugin.rotation.term;

import static cn.zugong.plugin.rotation.testing.Careers.COURT;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.plugin.rotation.career.PostKey;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aPostHeldSevenYearsIsOneFullFiveYearTermAndASecondRunning_任期规定第三条() {
        CadreCareer president = career("郑院长", held(COURT, "院长", "COUNTY_PRINCIPAL", true, LocalDate.of(2019, 12, 7)));

        List<TermRecord> terms = Terms.of(president, 5, h -> true, List.of(), TODAY);

        assertThat(terms).extracting(TermRecord::number).containsExactly(1, 2);
        assertThat(terms.getFirst().end()).contains(LocalDate.of(2024, 12, 6));
        assertThat(terms.get(1).start()).isEqualTo(LocalDate.of(2024, 12, 7));
        assertThat(terms.get(1).end()).isEmpty();
        assertThat(TermRules.termsInPost(terms, PostKey.of(president.holdings().getFirst())))
                .isEqualTo(2);
    }

    @Test
    void exactlyFiveYearsInPostBeginsTheSecondTerm_任期规定第三条() {
        CadreCareer president = career("郑院长", held(COURT, "院长", "COUNTY_PRINCIPAL", true, TODAY.minusYears(5)));

        List<TermRecord> terms = Terms.of(president, 5, h -> true, List.of(), TODAY);
        List<TermRecord> dayBefore = Terms.of(president, 5, h -> true, List.of(), TODAY.minusDays(1));

        assertThat(terms).hasSize(2);
        assertThat(dayBefore).hasSize(1);
    }

    @Test
    void anOfficersCorrectionReplacesTheTermsDerivedForThatPost() {
        CadreCareer president = career("郑院长", held(COURT, "院长", "COUNTY_PRINCIPAL", true, LocalDate.of(2023, 1, 1)));
        String post = PostKey.of(president.holdings().getFirst());
        // The registry's history starts in 2023; the cadre actually began the post's first term in 2018.
        List<TermRecord> corrections = List.of(
                new TermRecord(
                        president.cadreId(),
                        post,
                        "法院",
                        "院长",
                        1,
                        LocalDate.of(2018, 1, 1),
                        Optional.of(LocalDate.of(2022, 12, 31)),
                        Optional.empty(),
                        true),
                new TermRecord(
                        president.cadreId(),
                        post,
                        "法院",
                        "院长",
                        2,
                        LocalDate.of(2023, 1, 1),
                        Optional.empty(),
                        Optional.empty(),
                        true));

        List<TermRecord> terms = Terms.of(president, 5, h -> true, corrections, TODAY);

        assertThat(terms).isEqualTo(corrections);
        assertThat(TermRules.termsInPost(terms, post)).isEqualTo(2);
    }

    @Test
    void aSecondSpecialNeedChangeWithinOneTermIsTooMany_VE6_任期规定第四条() {
        CadreCareer cadre = career("钱副书记", held(COURT, "院长", "COUNTY_PRINCIPAL", true, TODAY.minusYears(1)));
        TermRecord earlier = new TermRecord(
                cadre.cadreId(),
                "post:x",
                "某局",
                "局长",
                1,
                TODAY.minusYears(4),
                Optional.of(TODAY.minusYears(1).minusDays(1)),
                Optional.of(EarlyExit.SPECIAL_NEED),
                true);
        List<TermRecord> running = Terms.of(cadre, 5, h -> true, List.of(earlier), TODAY);

        assertThat(TermRules.tooManySpecialNeedChanges(running, TODAY, 5, 1)).isTrue();
        assertThat(TermRules.tooManySpecialNeedChanges(Terms.of(cadre, 5, h -> true, List.of(), TODAY), TODAY, 5, 1))
                .as("the first special-need change of the term is allowed")
                .isFalse();
    }
}
