package cn.zugong.plugin.reserve.service;

import static cn.zugong.testkit.context.CadreFixtures.PIDU;
import static cn.zugong.testkit.context.CadreFixtures.WENJIANG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.fact.CadreFact;
import cn.zugong.plugin.reserve.Problem;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.candidate.Concealment;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.candidate.Tally;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.Candidate;
import cn.zugong.plugin.reserve.rules.Dimension;
import cn.zugong.plugin.reserve.structure.Row;
import cn.zugong.plugin.reserve.testing.ReserveContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CandidateServiceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    private static final LocalDate REFERENCE = LocalDate.of(2026, 6, 30);

    private final InMemoryPluginContext platform = ReserveContext.create(WENJIANG, TODAY);
    private final BatchService batches = new BatchService(platform);
    private final CadreRef wang =
            ReserveContext.deputy(platform, WENJIANG, "王芳", LocalDate.of(1990, 3, 1), LocalDate.of(2022, 1, 1));

    {
        ReserveContext.file(platform, wang, "FEMALE", "CPC_MEMBER", "UNIVERSITY");
    }

    private final CadreRef zhao =
            ReserveContext.deputy(platform, WENJIANG, "赵强", LocalDate.of(1980, 6, 30), LocalDate.of(2015, 1, 1));

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void aBatchRunsFromNominationToApprovalAndTheStructureCountsTheApproved() {
        Batch batch = principalBatch();
        CandidateService candidates = new CandidateService(platform, ConcealmentFacts.UNAVAILABLE);

        assertThat(candidates.nominate(WENJIANG, batch.id(), nomination(wang))).isEmpty();
        // 赵强 turned 46 on the reference date: above the 正职后备 limit of 45.
        assertThat(candidates.nominate(WENJIANG, batch.id(), nomination(zhao)))
                .extracting(Problem::key)
                .containsExactly("reserve.eligibility.tooOld");
        assertThat(candidates.nominate(WENJIANG, batch.id(), nomination(wang)))
                .extracting(Problem::key)
                .containsExactly("reserve.nominate.already");

        Candidate c = only(candidates.candidates(WENJIANG, batch.id()));
        assertThat(c.tally()).contains(new Tally(30, 40));
        assertThat(candidates.move(WENJIANG, c, CandidateState.APPROVED, Optional.empty()))
                .extracting(Problem::key)
                .containsExactly("reserve.transition.notAllowed");
        for (CandidateState step : List.of(
                CandidateState.EXAM, CandidateState.INSPECTED, CandidateState.PUBLICIZED, CandidateState.APPROVED)) {
            Optional<Double> score = step == CandidateState.INSPECTED ? Optional.of(88.5) : Optional.empty();
            assertThat(candidates.move(WENJIANG, only(candidates.candidates(WENJIANG, batch.id())), step, score))
                    .as(step.name())
                    .isEmpty();
        }
        Candidate approved = only(candidates.candidates(WENJIANG, batch.id()));
        assertThat(approved.state()).isEqualTo(CandidateState.APPROVED);
        assertThat(approved.examScore()).contains(88.5);
        assertThat(platform.audited()).hasSize(6);

        List<Row> rows = new StructureService(platform).rows(WENJIANG, batch);
        Row women = rows.stream()
                .filter(r -> r.dimension() == Dimension.WOMEN)
                .findFirst()
                .orElseThrow();
        assertThat(women.count()).isEqualTo(1);
        assertThat(women.base()).isEqualTo(1);
        Row count = rows.stream()
                .filter(r -> r.dimension() == Dimension.COUNT)
                .findFirst()
                .orElseThrow();
        assertThat(count.base()).isEqualTo(3);
        assertThat(count.met()).contains(true);
    }

    @Test
    void theEducationIsTheRegistrysAndTheStructureFollowsTheFileAsItChanges() {
        Batch batch = principalBatch();
        CandidateService candidates = new CandidateService(platform, ConcealmentFacts.UNAVAILABLE);
        // Source: the tier's >= 大专 (gwyoo [P]); the registry's 高中 is below it.
        ReserveContext.file(platform, wang, "FEMALE", "CPC_MEMBER", "HIGH_SCHOOL");
        assertThat(candidates.nominate(WENJIANG, batch.id(), nomination(wang)))
                .extracting(Problem::key)
                .containsExactly("reserve.eligibility.education");
        ReserveContext.file(platform, wang, "FEMALE", "CPC_MEMBER", "COLLEGE");
        assertThat(candidates.nominate(WENJIANG, batch.id(), nomination(wang))).isEmpty();
        for (CandidateState step :
                List.of(CandidateState.INSPECTED, CandidateState.PUBLICIZED, CandidateState.APPROVED)) {
            candidates.move(WENJIANG, only(candidates.candidates(WENJIANG, batch.id())), step, Optional.empty());
        }
        StructureService structure = new StructureService(platform);
        assertThat(row(structure.rows(WENJIANG, batch), Dimension.NON_PARTY).count())
                .isZero();

        ReserveContext.file(platform, wang, "FEMALE", "DEMOCRATIC_PARTY", "COLLEGE");

        Row nonParty = row(structure.rows(WENJIANG, batch), Dimension.NON_PARTY);
        assertThat(nonParty.count()).isEqualTo(1);
        assertThat(nonParty.members()).containsExactly("王芳");
    }

    private static Row row(List<Row> rows, Dimension dimension) {
        return rows.stream().filter(r -> r.dimension() == dimension).findFirst().orElseThrow();
    }

    @Test
    void aConcealmentFindingRefusesApproval() {
        Batch batch = principalBatch();
        CandidateService candidates = new CandidateService(platform, (county, cadre) -> Concealment.FOUND);
        candidates.nominate(WENJIANG, batch.id(), nomination(wang));
        for (CandidateState step : List.of(CandidateState.INSPECTED, CandidateState.PUBLICIZED)) {
            candidates.move(WENJIANG, only(candidates.candidates(WENJIANG, batch.id())), step, Optional.empty());
        }
        assertThat(candidates.move(
                        WENJIANG,
                        only(candidates.candidates(WENJIANG, batch.id())),
                        CandidateState.APPROVED,
                        Optional.empty()))
                .extracting(Problem::key)
                .containsExactly("reserve.transition.concealed");
        assertThat(only(candidates.candidates(WENJIANG, batch.id())).state()).isEqualTo(CandidateState.PUBLICIZED);
    }

    @Test
    void theSupervisionModulesConcealmentFactRefusesApprovalOfThatCadreOnly() {
        Batch batch = principalBatch();
        platform.cadreFacts()
                .add((county, cadre) -> cadre.equals(wang.id())
                        ? List.of(new CadreFact(
                                CadreFact.CONCEALMENT,
                                cadre,
                                "supervision",
                                TODAY.minusDays(3),
                                "supervision.fact.concealment",
                                List.of()))
                        : List.of());
        ConcealmentFacts facts = ConcealmentFacts.of(platform);
        assertThat(facts.of(WENJIANG, wang.id())).isEqualTo(Concealment.FOUND);
        assertThat(facts.of(WENJIANG, UUID.randomUUID())).isEqualTo(Concealment.NONE);

        CandidateService candidates = new CandidateService(platform, facts);
        candidates.nominate(WENJIANG, batch.id(), nomination(wang));
        for (CandidateState step : List.of(CandidateState.INSPECTED, CandidateState.PUBLICIZED)) {
            candidates.move(WENJIANG, only(candidates.candidates(WENJIANG, batch.id())), step, Optional.empty());
        }
        assertThat(candidates.move(
                        WENJIANG,
                        only(candidates.candidates(WENJIANG, batch.id())),
                        CandidateState.APPROVED,
                        Optional.empty()))
                .extracting(Problem::key)
                .containsExactly("reserve.transition.concealed");
    }

    @Test
    void aDemocraticNominationNeedsItsTallyAndAnotherCountysCadreIsUnknown() {
        Batch batch = principalBatch();
        CandidateService candidates = new CandidateService(platform, ConcealmentFacts.UNAVAILABLE);
        assertThat(candidates.nominate(
                        WENJIANG,
                        batch.id(),
                        new Nomination(wang.id(), NominationSource.DEMOCRATIC, Optional.empty(), Horizon.NEAR)))
                .extracting(Problem::key)
                .containsExactly("reserve.tally.ballots");
        CadreRef pidu = ReserveContext.deputy(platform, PIDU, "钱进", LocalDate.of(1990, 1, 1), LocalDate.of(2020, 1, 1));
        assertThat(candidates.nominate(WENJIANG, batch.id(), nomination(pidu)))
                .extracting(Problem::key)
                .containsExactly("reserve.nominate.unknownCadre");
    }

    @Test
    void batchesAreOnePerYearAndTierAndStayInsideTheCountysWall() {
        Batch batch = principalBatch();
        assertThat(batches.create(WENJIANG, 2026, "PRINCIPAL", REFERENCE))
                .extracting(Problem::key)
                .containsExactly("reserve.batch.exists");
        assertThat(batches.create(WENJIANG, 2026, "SECTION", REFERENCE))
                .extracting(Problem::key)
                .containsExactly("reserve.batch.unknownTier");

        platform.actAs(TestTenancy.writing(PIDU));
        assertThat(batches.batches(PIDU)).isEmpty();
        assertThat(batches.batch(PIDU, batch.id())).isEmpty();
        assertThatThrownBy(() -> batches.create(WENJIANG, 2027, "DEPUTY", REFERENCE))
                .isInstanceOf(IllegalStateException.class);
    }

    private Batch principalBatch() {
        ReserveContext.posts(platform, WENJIANG, "TOWNSHIP_PRINCIPAL", 3);
        assertThat(batches.create(WENJIANG, 2026, "PRINCIPAL", REFERENCE)).isEmpty();
        return batches.batches(WENJIANG).get(0);
    }

    private static Nomination nomination(CadreRef cadre) {
        return new Nomination(cadre.id(), NominationSource.DEMOCRATIC, Optional.of(new Tally(30, 40)), Horizon.NEAR);
    }

    private static Candidate only(List<Candidate> candidates) {
        assertThat(candidates).hasSize(1);
        return candidates.get(0);
    }
}
