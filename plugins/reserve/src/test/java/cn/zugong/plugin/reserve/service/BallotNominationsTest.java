package cn.zugong.plugin.reserve.service;

import static cn.zugong.testkit.context.CadreFixtures.PIDU;
import static cn.zugong.testkit.context.CadreFixtures.WENJIANG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.candidate.Tally;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.data.Candidate;
import cn.zugong.plugin.reserve.testing.ReserveContext;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 民主推荐 through the platform's ballot session: its tallies nominate, as tallies entered by hand do. */
class BallotNominationsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final InMemoryPluginContext platform = ReserveContext.create(WENJIANG, TODAY);
    private final CandidateService candidates = new CandidateService(platform, ConcealmentFacts.UNAVAILABLE);
    private final BallotNominations ballots = new BallotNominations(platform, candidates);
    private final CadreRef wang =
            ReserveContext.deputy(platform, WENJIANG, "王芳", LocalDate.of(1990, 3, 1), LocalDate.of(2022, 1, 1));
    private final CadreRef li =
            ReserveContext.deputy(platform, WENJIANG, "李明", LocalDate.of(1988, 3, 1), LocalDate.of(2021, 1, 1));
    // 46 on the reference date: above the 正职后备 limit of 45.
    private final CadreRef zhao =
            ReserveContext.deputy(platform, WENJIANG, "赵强", LocalDate.of(1980, 6, 30), LocalDate.of(2015, 1, 1));

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void theClosedSessionsTalliesNominateTheNamesWithVotesAndNameThoseRefused() {
        Batch batch = batch();
        assertThat(ballots.open(WENJIANG, batch, "2026年度后备干部民主推荐", List.of(wang, li, zhao), 4, 2))
                .isEmpty();
        UUID session = ballots.sessions(batch).get(0);
        List<String> codes = ballots.issueCodes(session);
        ballots.start(session);
        platform.ballots().vote(session, codes.get(0), Set.of(0, 2));
        platform.ballots().vote(session, codes.get(1), Set.of(0));
        platform.ballots().vote(session, codes.get(2), Set.of(0, 2));
        // Three names marked on a ballot of at most two: invalid, not counted.
        platform.ballots().vote(session, codes.get(3), Set.of(0, 1, 2));

        assertThat(ballots.nominate(WENJIANG, batch, session, Horizon.NEAR))
                .extracting(r -> r.problem().key())
                .containsExactly("reserve.ballot.notClosed");
        ballots.close(session);

        List<BallotNominations.Refusal> refused = ballots.nominate(WENJIANG, batch, session, Horizon.NEAR);

        assertThat(refused).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("赵强");
            assertThat(r.problem().key()).isEqualTo("reserve.eligibility.tooOld");
        });
        // 李明 got no valid vote: not nominated. 王芳: 3 of the 3 valid ballots.
        List<Candidate> nominated = candidates.candidates(WENJIANG, batch.id());
        assertThat(nominated).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("王芳");
            assertThat(c.source()).isEqualTo(NominationSource.DEMOCRATIC);
            assertThat(c.tally()).contains(new Tally(3, 3));
        });
    }

    @Test
    void aBallotNeedsTheCountysNamesAndSensibleNumbersAndAnotherCountySeesNoSession() {
        Batch batch = batch();
        CadreRef pidu = ReserveContext.deputy(platform, PIDU, "钱进", LocalDate.of(1990, 1, 1), LocalDate.of(2020, 1, 1));
        assertThat(ballots.open(WENJIANG, batch, "推荐", List.of(wang, pidu), 4, 1))
                .extracting(p -> p.key())
                .containsExactly("reserve.ballot.names");
        assertThat(ballots.open(WENJIANG, batch, "推荐", List.of(wang), 4, 2))
                .extracting(p -> p.key())
                .containsExactly("reserve.ballot.numbers");
        assertThat(ballots.open(WENJIANG, batch, "推荐", List.of(wang, li), 4, 2)).isEmpty();

        platform.actAs(TestTenancy.writing(PIDU));
        assertThat(ballots.sessions(batch)).isEmpty();
    }

    private Batch batch() {
        BatchService batches = new BatchService(platform);
        assertThat(batches.create(WENJIANG, 2026, "PRINCIPAL", LocalDate.of(2026, 6, 30)))
                .isEmpty();
        return batches.batches(WENJIANG).get(0);
    }
}
