package cn.zugong.plugin.reserve.extension;

import static cn.zugong.testkit.context.CadreFixtures.WENJIANG;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.cadre.CadreRef;
import cn.zugong.api.indicator.Measure;
import cn.zugong.api.selection.CaseRef;
import cn.zugong.api.selection.GateCandidate;
import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionKind;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.plugin.reserve.candidate.CandidateState;
import cn.zugong.plugin.reserve.candidate.Horizon;
import cn.zugong.plugin.reserve.candidate.NominationSource;
import cn.zugong.plugin.reserve.data.Batch;
import cn.zugong.plugin.reserve.service.BatchService;
import cn.zugong.plugin.reserve.service.CandidateService;
import cn.zugong.plugin.reserve.service.ConcealmentFacts;
import cn.zugong.plugin.reserve.service.Nomination;
import cn.zugong.plugin.reserve.testing.ReserveContext;
import cn.zugong.testkit.context.CadreFixtures;
import cn.zugong.testkit.context.InMemoryPluginContext;
import cn.zugong.testkit.context.TestTenancy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Item 5 at 动议, 选拔任用条例 [V] "注重使用后备干部": a warning, never a block; item 6: the ratio
 * indicators per tier.
 */
class ExtensionsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    private final InMemoryPluginContext platform = ReserveContext.create(WENJIANG, TODAY);
    private final CadreRef wang =
            ReserveContext.deputy(platform, WENJIANG, "王芳", LocalDate.of(1990, 3, 1), LocalDate.of(2022, 1, 1));
    private final CadreRef li =
            ReserveContext.deputy(platform, WENJIANG, "李明", LocalDate.of(1988, 3, 1), LocalDate.of(2021, 1, 1));

    @AfterEach
    void close() {
        platform.close();
    }

    @Test
    void aPrincipalPromotionWarnsUntilTheCandidateIsAnApprovedPrincipalReserve() {
        approveInPrincipalBatch(wang);
        UsedReserveGate gate = new UsedReserveGate(platform);
        assertThat(gate.steps()).containsExactly(SelectionStep.INITIATION);

        GateResult member = gate.check(candidate(open(true, wang.id(), li.id()), wang.id(), true));
        assertThat(member.outcome()).isEqualTo(GateResult.Outcome.PASS);
        assertThat(member.reasonKey()).isEqualTo("reserve.gate.used.member");
        assertThat(member.reasonArgs()).containsExactly("2026");

        GateResult outsider = gate.check(candidate(open(true, li.id()), li.id(), true));
        assertThat(outsider.outcome()).isEqualTo(GateResult.Outcome.WARNING);
        assertThat(outsider.reasonKey()).isEqualTo("reserve.gate.used.notMember");
    }

    @Test
    void theRatioIndicatorsCountApprovedMembersOfTheLatestBatchAgainstTheRegistrysPosts() {
        // 职数 of the registry: 3 principal township posts in two units, none of Pidu counted.
        ReserveContext.posts(platform, WENJIANG, "TOWNSHIP_PRINCIPAL", 2);
        ReserveContext.posts(platform, WENJIANG, "TOWNSHIP_PRINCIPAL", 1);
        ReserveContext.posts(platform, CadreFixtures.PIDU, "TOWNSHIP_PRINCIPAL", 5);
        platform.actAs(TestTenancy.reading(Set.of(WENJIANG, CadreFixtures.PIDU)));
        assertThat(new PrincipalRatio(platform).measure(WENJIANG)).isEqualTo(new Measure(0, 3));
        platform.actAs(TestTenancy.writing(WENJIANG));
        approveInPrincipalBatch(wang);
        // One approved of the 3 posts; no deputy posts nor batch: 0 of 0.
        assertThat(new PrincipalRatio(platform).measure(WENJIANG)).isEqualTo(new Measure(1, 3));
        assertThat(new DeputyRatio(platform).measure(WENJIANG)).isEqualTo(new Measure(0, 0));
    }

    @Test
    void theShareIndicatorsCountTheWholePoolFromTheRegistrysFiles() {
        ReserveContext.file(platform, wang, "FEMALE", "DEMOCRATIC_PARTY", "UNIVERSITY");
        assertThat(new WomenShare(platform).measure(WENJIANG)).isEqualTo(new Measure(0, 0));
        approveInPrincipalBatch(wang);
        approveInPrincipalBatch(li);
        assertThat(new WomenShare(platform).measure(WENJIANG)).isEqualTo(new Measure(1, 2));
        assertThat(new NonPartyShare(platform).measure(WENJIANG)).isEqualTo(new Measure(1, 2));
        // Approved in 2026: not due for the review of 2025.
        assertThat(new ReviewedMembers(platform).measure(WENJIANG)).isEqualTo(new Measure(2, 2));
    }

    @Test
    void aDeputyPostOrAMoveWithoutPromotionIsNotConcerned() {
        UsedReserveGate gate = new UsedReserveGate(platform);
        assertThat(gate.check(candidate(open(false, li.id()), li.id(), true)).outcome())
                .isEqualTo(GateResult.Outcome.PASS);
        assertThat(gate.check(candidate(open(true, li.id()), li.id(), false)).outcome())
                .isEqualTo(GateResult.Outcome.PASS);
    }

    private void approveInPrincipalBatch(CadreRef cadre) {
        BatchService batches = new BatchService(platform);
        batches.create(WENJIANG, 2026, "PRINCIPAL", LocalDate.of(2026, 6, 30));
        Batch batch = batches.batches(WENJIANG).get(0);
        CandidateService candidates = new CandidateService(platform, ConcealmentFacts.UNAVAILABLE);
        assertThat(candidates.nominate(
                        WENJIANG,
                        batch.id(),
                        new Nomination(cadre.id(), NominationSource.ORGANIZATION, Optional.empty(), Horizon.NEAR)))
                .isEmpty();
        for (CandidateState step :
                List.of(CandidateState.INSPECTED, CandidateState.PUBLICIZED, CandidateState.APPROVED)) {
            assertThat(candidates.move(
                            WENJIANG,
                            candidates.candidates(WENJIANG, batch.id()).stream()
                                    .filter(c -> c.cadreId().equals(cadre.id()))
                                    .findFirst()
                                    .orElseThrow(),
                            step,
                            Optional.empty()))
                    .isEmpty();
        }
    }

    private CaseRef open(boolean principal, UUID... cadres) {
        return platform.selectionCases()
                .open(
                        WENJIANG,
                        new CaseRef(
                                UUID.randomUUID(),
                                SelectionKind.APPOINT,
                                SelectionStep.INITIATION,
                                Optional.empty(),
                                Optional.empty(),
                                Optional.of("TOWNSHIP_PRINCIPAL"),
                                principal,
                                List.of(cadres)));
    }

    private static GateCandidate candidate(CaseRef selection, UUID cadre, boolean promotion) {
        return new GateCandidate(
                WENJIANG,
                selection.id(),
                cadre,
                SelectionKind.APPOINT,
                SelectionStep.INITIATION,
                promotion,
                selection.postLevel(),
                TODAY);
    }
}
