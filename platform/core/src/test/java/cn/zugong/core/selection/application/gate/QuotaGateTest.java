package cn.zugong.core.selection.application.gate;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zugong.api.selection.GateResult;
import cn.zugong.api.selection.SelectionStep;
import cn.zugong.core.post.QuotaService;
import cn.zugong.core.post.UnitQuota;
import cn.zugong.core.selection.domain.ExceptionKind;
import cn.zugong.core.testdb.TestDatabase;
import cn.zugong.core.unit.PostLevel;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The 职数 gate (超职数配备, [V]) against the occupancy rule of the quota overview: it blocks, hard,
 * exactly when the appointment would leave the unit holding more posts of the kind than approved,
 * counting as {@link QuotaService} counts (the candidate's own post ending with the appointment).
 */
class QuotaGateTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 29);

    private GateFixture fixture;
    private QuotaGate gate;
    private QuotaService quotas;
    private UUID unit;
    private UUID deputyPost;
    private UUID headPost;

    @BeforeEach
    void setUp() throws Exception {
        fixture = new GateFixture();
        quotas = TestDatabase.wire(new QuotaService(), "em", fixture.em);
        gate = TestDatabase.wire(new QuotaGate(), "em", fixture.em);
        gate.quotas = quotas;
        unit = fixture.unit("TOWNSHIP", 1, 3);
        deputyPost = fixture.position(unit, PostLevel.TOWNSHIP_DEPUTY, false);
        headPost = fixture.position(unit, PostLevel.TOWNSHIP_PRINCIPAL, true);
    }

    @AfterEach
    void tearDown() {
        fixture.close();
    }

    private GateResult appoint(UUID position, UUID cadre) throws Exception {
        UUID c = fixture.appointmentCase(position, unit);
        return gate.check(fixture.candidate(c, cadre, true, PostLevel.TOWNSHIP_DEPUTY, TODAY));
    }

    @Test
    void threeOfThreeDeputiesHeldBlocksAStaffMemberOfTheSameUnitWhoWouldBeTheFourth() throws Exception {
        // The reported case: a non-leadership post in the unit is no seat of the quota, so its end
        // frees none; the appointment would leave the unit at 4 of 3.
        fixture.holders(unit, false, 3);
        UUID staff = fixture.cadre();
        fixture.holding(staff, unit, null, false, true, "2018-01-01", null);

        GateResult result = appoint(deputyPost, staff);

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(result.reasonKey()).isEqualTo("selection.gate.quota.exceeded");
        assertThat(result.reasonArgs()).containsExactly("3", "3", "4");
        assertThat(result.evidence()).contains("units/" + unit);
    }

    @Test
    void threeOfThreeDeputiesHeldBlocksACadreFromAnotherUnit() throws Exception {
        fixture.holders(unit, false, 3);
        UUID outsider = fixture.cadre();
        fixture.holding(
                outsider, fixture.unit("TOWNSHIP", 1, 3), PostLevel.TOWNSHIP_DEPUTY, false, true, "2019-01-01", null);

        assertThat(appoint(deputyPost, outsider).outcome()).isEqualTo(GateResult.Outcome.BLOCK);
    }

    @Test
    void twoOfThreeDeputiesHeldLetsTheThirdThrough() throws Exception {
        fixture.holders(unit, false, 2);

        GateResult result = appoint(deputyPost, fixture.cadre());

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.PASS);
        assertThat(result.reasonKey()).isEqualTo("selection.gate.quota.within");
        assertThat(result.reasonArgs()).containsExactly("3", "2", "3");
    }

    @Test
    void aDeputyOfTheSameUnitMovingToAnotherDeputyPostThereAddsNone() throws Exception {
        fixture.holders(unit, false, 2);
        UUID deputy = fixture.cadre();
        fixture.holding(deputy, unit, PostLevel.TOWNSHIP_DEPUTY, false, true, "2019-01-01", null);

        GateResult result = appoint(deputyPost, deputy);

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.PASS);
        assertThat(result.reasonArgs()).containsExactly("3", "3", "3");
    }

    @Test
    void aDeputyOfTheUnitPromotedToItsFullHeadPostIsBlockedAndFreesADeputySeatOnlyAfterwards() throws Exception {
        fixture.holders(unit, true, 1);
        UUID deputy = fixture.cadre();
        fixture.holding(deputy, unit, PostLevel.TOWNSHIP_DEPUTY, false, true, "2019-01-01", null);

        GateResult result = appoint(headPost, deputy);

        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
        assertThat(result.reasonArgs()).containsExactly("1", "1", "2");
        UnitQuota after = quotas.afterAppointment(unit, deputy, true, true).orElseThrow();
        assertThat(after.deputyOccupied()).isZero();
    }

    @Test
    void aSidePostInTheUnitOccupiesNoSeatAndSoFreesNone() throws Exception {
        fixture.holders(unit, false, 3);
        UUID sideHolder = fixture.cadre();
        fixture.holding(sideHolder, unit, PostLevel.TOWNSHIP_DEPUTY, false, false, "2019-01-01", null);

        assertThat(appoint(deputyPost, sideHolder).outcome()).isEqualTo(GateResult.Outcome.BLOCK);
    }

    @Test
    void itCountsExactlyAsTheQuotaOverview() throws Exception {
        fixture.holders(unit, false, 3);
        UUID ended = fixture.cadre();
        fixture.holding(ended, unit, PostLevel.TOWNSHIP_DEPUTY, false, true, "2015-01-01", "2019-01-01");
        UnitQuota overview = quotas.ofUnit(unit).orElseThrow();

        GateResult result = appoint(deputyPost, ended);

        assertThat(result.reasonArgs().subList(0, 2))
                .containsExactly(String.valueOf(overview.deputyApproved()), String.valueOf(overview.deputyOccupied()));
        assertThat(result.outcome()).isEqualTo(GateResult.Outcome.BLOCK);
    }

    @Test
    void theBlockIsHardAndOnlyAQuotaAdjustmentSatisfiesIt() {
        GateResult block = GateResult.block("selection.gate.quota.exceeded", "3", "3", "4");

        assertThat(gate.hard(block)).isTrue();
        assertThat(gate.exceptionFor(block)).contains(ExceptionKind.QUOTA_ADJUSTMENT);
        assertThat(gate.steps())
                .containsExactlyInAnyOrder(SelectionStep.INITIATION, SelectionStep.INSPECTION, SelectionStep.DECISION);
    }
}
