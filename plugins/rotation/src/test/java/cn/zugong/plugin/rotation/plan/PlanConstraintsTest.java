package cn.zugong.plugin.rotation.plan;

import static cn.zugong.plugin.rotation.plan.Plans.at;
import static cn.zugong.plugin.rotation.plan.Plans.expert;
import static cn.zugong.plugin.rotation.plan.Plans.inUniformTeam;
import static cn.zugong.plugin.rotation.plan.Plans.mover;
import static cn.zugong.plugin.rotation.plan.Plans.post;
import static cn.zugong.plugin.rotation.plan.Plans.withField;
import static cn.zugong.plugin.rotation.plan.Plans.woman;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each rule and preference of an exchange plan, alone, with Timefold's ConstraintVerifier. */
class PlanConstraintsTest {

    private final ConstraintVerifier<PlanConstraints, ExchangePlan> verifier =
            ConstraintVerifier.build(new PlanConstraints(), ExchangePlan.class, Mover.class);

    @Nested
    class Hard {

        @Test
        void aPostOfTheCadresLevelAndOfAKindTheCadreMayTakeFits() {
            verifier.verifyThat(PlanConstraints::levelAndKind)
                    .given(at(mover("王", Mover.Reason.MUST, 10), post("副书记", 1)))
                    .penalizesBy(0);
        }

        @Test
        void aPostOfAnotherLevelOrOfAKindTheCadreMayNotTakeIsBroken() {
            verifier.verifyThat(PlanConstraints::levelAndKind)
                    .given(
                            at(mover("王", Mover.Reason.MUST, 10), post("局长", "副处", Plans.PARTY)),
                            at(mover("李", Mover.Reason.MUST, 10), post("主任", Plans.LEVEL, "court")))
                    .penalizesBy(2);
        }

        @Test
        void aCadreBarredFromAPostByAvoidanceIsBrokenThereOnly() {
            Mover wang = mover("王", Mover.Reason.MUST, 10);
            OpenPost barred = post("纪委副书记", 1);
            OpenPost free = post("宣传部副部长", 1);
            Bar bar = new Bar(wang.getCadreId(), barred.id(), Bar.Kind.AVOIDANCE, "V-E2");
            verifier.verifyThat(PlanConstraints::avoidance)
                    .given(at(wang, barred), bar)
                    .penalizesBy(1);
            verifier.verifyThat(PlanConstraints::avoidance)
                    .given(at(wang, free), bar)
                    .penalizesBy(0);
        }

        @Test
        void aTermBarIsBrokenUnderV_E4NotUnderAvoidance() {
            Mover wang = mover("王", Mover.Reason.TERMS, 10);
            OpenPost post = post("镇长", 1);
            Bar bar = new Bar(wang.getCadreId(), post.id(), Bar.Kind.TERMS, "V-E4");
            verifier.verifyThat(PlanConstraints::terms)
                    .given(at(wang, post), bar)
                    .penalizesBy(1);
            verifier.verifyThat(PlanConstraints::avoidance)
                    .given(at(wang, post), bar)
                    .penalizesBy(0);
        }

        @Test
        void theSeatsOfAPostAreTakenUpToItsFreeNumberAndEachOneMoreBreaksIt() {
            OpenPost twoSeats = post("副镇长", 2);
            verifier.verifyThat(PlanConstraints::seats)
                    .given(
                            at(mover("a", Mover.Reason.MUST, 10), twoSeats),
                            at(mover("b", Mover.Reason.MUST, 10), twoSeats))
                    .penalizesBy(0);
            verifier.verifyThat(PlanConstraints::seats)
                    .given(
                            at(mover("a", Mover.Reason.MUST, 10), twoSeats),
                            at(mover("b", Mover.Reason.MUST, 10), twoSeats),
                            at(mover("c", Mover.Reason.MUST, 10), twoSeats),
                            at(mover("d", Mover.Reason.MUST, 10), twoSeats))
                    .penalizesBy(2);
        }

        @Test
        void aPostTheOfficerForbadeForTheCadreIsBroken() {
            Mover wang = mover("王", Mover.Reason.MUST, 10);
            OpenPost post = post("副书记", 1);
            wang.forbid(Set.of(post.id()));
            verifier.verifyThat(PlanConstraints::forbidden)
                    .given(at(wang, post))
                    .penalizesBy(1);
        }
    }

    @Nested
    class Soft {

        @Test
        void aCadreLeftInPlaceCostsTheWeightOfTheList() {
            verifier.verifyThat(PlanConstraints::reasonUncovered)
                    .given(mover("must", Mover.Reason.MUST, 10), mover("should", Mover.Reason.SHOULD, 10))
                    .penalizesBy(130);
            verifier.verifyThat(PlanConstraints::reasonUncovered)
                    .given(at(mover("moved", Mover.Reason.MUST, 10), post("副书记", 1)))
                    .penalizesBy(0);
        }

        @Test
        void theLongerACadreLeftInPlaceHasServedTheMoreItCosts() {
            verifier.verifyThat(PlanConstraints::timeInPost)
                    .given(mover("a", Mover.Reason.SHOULD, 12), mover("b", Mover.Reason.SHOULD, 14))
                    .penalizesBy(26);
        }

        @Test
        void aPostInAFieldTheCadreKnowsIsRewarded() {
            verifier.verifyThat(PlanConstraints::expertise)
                    .given(at(expert("王", "财政"), withField("财政局副局长", "财政")))
                    .rewardsWith(1);
            verifier.verifyThat(PlanConstraints::expertise)
                    .given(at(expert("王", "农业"), withField("财政局副局长", "财政")))
                    .rewardsWith(0);
        }

        @Test
        void aTeamOfMenReceivingOnlyMenIsPenalisedOnceAndAWomanMovingInClearsIt() {
            OpenPost uniform = inUniformTeam("副镇长");
            verifier.verifyThat(PlanConstraints::teamGender)
                    .given(
                            at(mover("a", Mover.Reason.MUST, 10), uniform),
                            at(mover("b", Mover.Reason.MUST, 10), uniform))
                    .penalizesBy(1);
            verifier.verifyThat(PlanConstraints::teamGender)
                    .given(at(mover("a", Mover.Reason.MUST, 10), uniform), at(woman("c", 50), uniform))
                    .penalizesBy(0);
        }

        @Test
        void aTeamWithoutAMemberUnder45ReceivingNoneIsPenalised() {
            OpenPost uniform = inUniformTeam("副镇长");
            verifier.verifyThat(PlanConstraints::teamAge)
                    .given(at(mover("a", Mover.Reason.MUST, 10), uniform))
                    .penalizesBy(1);
            verifier.verifyThat(PlanConstraints::teamAge)
                    .given(at(woman("c", 40), uniform))
                    .penalizesBy(0);
        }

        @Test
        void everyMoveCostsOneSoThePlanMovesNoMoreThanItNeeds() {
            verifier.verifyThat(PlanConstraints::moves)
                    .given(at(mover("a", Mover.Reason.MUST, 10), post("x", 1)), mover("b", Mover.Reason.PICKED, 3))
                    .penalizesBy(1);
        }
    }
}
