package cn.zugong.core.ballot.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zugong.core.validation.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The paper tally's checks and the comparison of the two typings. */
class PaperCountsTest {

    private static final PaperCounts TYPED = PaperCounts.of(30, 2, 1, Map.of("0", 20, "1", 15));

    @Test
    void twoEqualTypingsHaveNoDifference() {
        assertEquals(List.of(), TYPED.differences(PaperCounts.of(30, 2, 1, Map.of("0", 20, "1", 15))));
    }

    @Test
    void theDifferencesNameEveryFieldTheTypingsDisagreeOn() {
        PaperCounts second = PaperCounts.of(30, 1, 1, Map.of("0", 20, "1", 16, "2", 3));
        assertEquals(List.of("invalid", "1", "2"), second.differences(TYPED));
    }

    @Test
    void aZeroCountEqualsACountNotTyped() {
        assertEquals(List.of(), TYPED.differences(PaperCounts.of(30, 2, 1, Map.of("0", 20, "1", 15, "2", 0))));
    }

    @Test
    void aPlausibleTallyHasNoProblem() {
        assertEquals(List.of(), TYPED.problems(BallotKind.RECOMMENDATION, 2, 3, 30));
    }

    @Test
    void moreBallotsThanParticipantsVoidTheRound() {
        assertEquals(
                List.of("cast"),
                fields(PaperCounts.of(31, 0, 0, Map.of()).problems(BallotKind.RECOMMENDATION, 1, 3, 30)));
    }

    @Test
    void spoiledAndBlankCannotExceedTheBallotsReturned() {
        assertEquals(
                List.of("invalid"),
                fields(PaperCounts.of(3, 2, 2, Map.of()).problems(BallotKind.RECOMMENDATION, 1, 3, 30)));
    }

    @Test
    void aNameCannotHaveMoreVotesThanValidBallots() {
        List<Problem> problems = PaperCounts.of(10, 2, 0, Map.of("1", 9)).problems(BallotKind.RECOMMENDATION, 1, 3, 30);
        assertEquals("ballot.paper.aboveValid", problems.get(0).messageKey());
        assertEquals(List.of(2), problems.get(0).args());
    }

    @Test
    void validBallotsCannotCarryMoreMarksThanAllowed() {
        List<Problem> problems =
                PaperCounts.of(10, 0, 0, Map.of("0", 8, "1", 8)).problems(BallotKind.RECOMMENDATION, 1, 3, 30);
        assertEquals(
                List.of("ballot.paper.tooManyMarks"),
                problems.stream().map(Problem::messageKey).toList());
    }

    @Test
    void anEvaluationGradesEachPersonAtMostOncePerValidBallot() {
        PaperCounts graded = PaperCounts.of(
                10, 0, 0, Map.of(PaperCounts.key(0, Grade.EXCELLENT), 6, PaperCounts.key(0, Grade.COMPETENT), 5));
        assertEquals(List.of("counts"), fields(graded.problems(BallotKind.EVALUATION, 2, 2, 30)));
    }

    @Test
    void negativeCountsAreRefused() {
        assertTrue(fields(PaperCounts.of(5, -1, 0, Map.of()).problems(BallotKind.RECOMMENDATION, 1, 2, 30))
                .contains("counts"));
    }

    private static List<String> fields(List<Problem> problems) {
        return problems.stream().map(Problem::field).toList();
    }
}
