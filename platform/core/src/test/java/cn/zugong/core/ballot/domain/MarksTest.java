package cn.zugong.core.ballot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a ballot counts, as on paper: an over-vote is invalid, no mark is blank. */
class MarksTest {

    @Test
    void aRecommendationWithUpToTheAllowedNamesIsValid() {
        assertEquals(Validity.VALID, Marks.choose(Set.of(0)).judge(BallotKind.RECOMMENDATION, 2, 4));
        assertEquals(Validity.VALID, Marks.choose(Set.of(0, 3)).judge(BallotKind.RECOMMENDATION, 2, 4));
    }

    @Test
    void aRecommendationWithMoreNamesThanAllowedIsInvalidNotRefused() {
        assertEquals(Validity.INVALID, Marks.choose(Set.of(0, 1, 2)).judge(BallotKind.RECOMMENDATION, 2, 4));
    }

    @Test
    void aBallotWithoutAnyMarkIsBlank() {
        assertEquals(Validity.BLANK, Marks.choose(Set.of()).judge(BallotKind.RECOMMENDATION, 1, 3));
        assertEquals(Validity.BLANK, Marks.grade(Map.of()).judge(BallotKind.EVALUATION, 3, 3));
    }

    @Test
    void anEvaluationGradingSomePeopleIsValidTheOthersAbstained() {
        Marks marks = Marks.grade(Map.of(0, Grade.EXCELLENT, 2, Grade.INCOMPETENT));
        assertEquals(Validity.VALID, marks.judge(BallotKind.EVALUATION, 3, 3));
    }

    @Test
    void aMarkForANameNotOnTheBallotIsAForgeryAndRefused() {
        assertThrows(
                IllegalArgumentException.class, () -> Marks.choose(Set.of(5)).judge(BallotKind.RECOMMENDATION, 1, 3));
        assertThrows(
                IllegalArgumentException.class, () -> Marks.choose(Set.of(-1)).judge(BallotKind.RECOMMENDATION, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> Marks.grade(Map.of(0, Grade.COMPETENT))
                .judge(BallotKind.RECOMMENDATION, 1, 3));
    }

    @Test
    void marksSurviveTheirStoredForm() {
        Marks chosen = Marks.choose(Set.of(4, 1));
        Marks graded = Marks.grade(Map.of(1, Grade.BASIC, 0, Grade.EXCELLENT));
        assertEquals("1,4", chosen.encode());
        assertEquals(chosen, Marks.decode(chosen.encode()));
        assertEquals(graded, Marks.decode(graded.encode()));
        assertEquals(Marks.choose(Set.of()), Marks.decode(""));
    }
}
