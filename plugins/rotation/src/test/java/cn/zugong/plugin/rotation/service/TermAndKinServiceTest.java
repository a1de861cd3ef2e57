package cn.zugong.plugin.rotation.service;

import static cn.zugong.plugin.rotation.testing.Careers.COURT;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION;
import static cn.zugong.plugin.rotation.testing.Careers.EDUCATION_SCHOOLS;
import static cn.zugong.plugin.rotation.testing.Careers.career;
import static cn.zugong.plugin.rotation.testing.Careers.held;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.career.CadreCareer;
import cn.zugong.plugin.rotation.Problem;
import cn.zugong.plugin.rotation.avoidance.ConflictKind;
import cn.zugong.plugin.rotation.avoidance.Kinship;
import cn.zugong.plugin.rotation.career.PostKey;
import cn.zugong.plugin.rotation.term.EarlyExit;
import cn.zugong.plugin.rotation.term.TermRecord;
import cn.zugong.plugin.rotation.testing.RotationContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TermAndKinServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final InMemoryPluginContext platform = RotationContext.create(CadreFixtures.WENJIANG, TODAY);
    private final TermService terms = new TermService(platform);
    private final CadreCareer president = platform.careers()
            .put(career("郑院长", held(COURT, "院长", "COUNTY_PRINCIPAL", true, LocalDate.of(2023, 1, 1))));
    private final String post = PostKey.of(president.holdings().getFirst());

    @AfterEach
    void close() {
        platform.close();
    }

    private TermRecord term(int number, LocalDate start, LocalDate end, EarlyExit exit) {
        return new TermRecord(
                president.cadreId(),
                post,
                "法院",
                "院长",
                number,
                start,
                Optional.ofNullable(end),
                Optional.ofNullable(exit),
                true);
    }

    @Test
    void anOfficersCorrectionReplacesTheDerivedTermsAndIsAudited() {
        List<Problem> problems = terms.correct(
                CadreFixtures.WENJIANG,
                president.cadreId(),
                post,
                List.of(
                        term(1, LocalDate.of(2018, 1, 1), LocalDate.of(2022, 12, 31), null),
                        term(2, LocalDate.of(2023, 1, 1), null, null)));

        assertThat(problems).isEmpty();
        assertThat(terms.terms(CadreFixtures.WENJIANG, president.cadreId()).orElseThrow())
                .extracting(TermRecord::number, TermRecord::corrected)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, true), org.assertj.core.groups.Tuple.tuple(2, true));
        assertThat(platform.audited()).anyMatch(e -> e.action().equals(AuditedActions.TERM_CORRECT));
    }

    @Test
    void aWrongCorrectionNamesEachRowAndFieldAndSavesNothing() {
        List<Problem> problems = terms.correct(
                CadreFixtures.WENJIANG,
                president.cadreId(),
                post,
                List.of(
                        term(1, LocalDate.of(2018, 1, 1), LocalDate.of(2017, 12, 31), null),
                        term(3, LocalDate.of(2017, 6, 1), null, EarlyExit.SPECIAL_NEED)));

        // Sorted by start: row 1 starts 2017-06-01 (numbered 3), row 2 ends before it starts.
        assertThat(problems)
                .extracting(Problem::field, Problem::key)
                .contains(
                        org.assertj.core.groups.Tuple.tuple("number", "rotation.term.numberOrder"),
                        org.assertj.core.groups.Tuple.tuple("end", "rotation.term.endBeforeStart"),
                        org.assertj.core.groups.Tuple.tuple("start", "rotation.term.overlap"));
        assertThat(terms.terms(CadreFixtures.WENJIANG, president.cadreId()).orElseThrow())
                .allMatch(t -> !t.corrected());
    }

    @Test
    void anotherCountyCannotReadOrCorrectTheseTerms() {
        platform.actAs(TestTenancy.writing(CadreFixtures.PIDU));

        assertThat(terms.terms(CadreFixtures.PIDU, president.cadreId())).isEmpty();
        assertThat(terms.correct(CadreFixtures.PIDU, president.cadreId(), post, List.of()))
                .extracting(Problem::key)
                .containsExactly("rotation.term.unknownCadre");
    }

    @Test
    void aRecordedKinPairIsCheckedLikeOneFoundOnTheFiles_VE2() {
        CadreCareer director = platform.careers()
                .put(career("张伟", held(EDUCATION, "局长", "TOWNSHIP_PRINCIPAL", true, TODAY.minusYears(2))));
        CadreCareer cousin =
                platform.careers().put(career("王芳", held(EDUCATION_SCHOOLS, "科员", null, false, TODAY.minusYears(2))));
        KinService kin = new KinService(platform);

        assertThat(kin.record(CadreFixtures.WENJIANG, director.cadreId(), cousin.cadreId(), Kinship.COLLATERAL))
                .isEmpty();
        assertThat(kin.record(CadreFixtures.WENJIANG, cousin.cadreId(), director.cadreId(), Kinship.COLLATERAL))
                .extracting(Problem::key)
                .containsExactly("rotation.kin.already");
        assertThat(kin.record(CadreFixtures.WENJIANG, director.cadreId(), director.cadreId(), Kinship.SPOUSE))
                .extracting(Problem::key)
                .containsExactly("rotation.kin.self");

        assertThat(new AvoidanceService(platform).scan(CadreFixtures.WENJIANG).raised())
                .singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(ConflictKind.KINSHIP_SUPERIOR_SUBORDINATE));
    }
}
