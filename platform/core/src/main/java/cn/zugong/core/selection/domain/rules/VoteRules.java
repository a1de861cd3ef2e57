package cn.zugong.core.selection.domain.rules;

import cn.zugong.core.validation.Problem;
import cn.zugong.core.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;

/**
 * The vote of the discussion-and-decision meeting (taolun jueding, DOMAIN.md 5.5), in integer
 * arithmetic so that no rounding decides an appointment:
 *
 * <ul>
 *   <li>V-S1 quorum: at least two thirds of the members present, {@code 3 * present >= 2 * total};
 *   <li>V-S2 adoption: more than half of the members who should attend agree, {@code 2 * yes >
 *       total}; the base is the members total (yingdaohui), never the number present;
 *   <li>V-S9 reconsideration (fuyi): a separate vote, also more than half of the members.
 * </ul>
 *
 * <p>Impossible counts (no members, a negative count, more present than members, more votes in
 * favour than members present) are refused with a {@link ValidationException} naming each field.
 */
public final class VoteRules {

    public static final String TOTAL = "membersTotal";
    public static final String PRESENT = "present";
    public static final String YES = "yes";

    private VoteRules() {}

    /** V-S1: whether the meeting may decide appointments at all. */
    public static boolean quorate(int membersTotal, int present) {
        refuse(countProblems(membersTotal, PRESENT, present));
        return 3L * present >= 2L * membersTotal;
    }

    /** V-S2: whether an item is adopted, the votes in favour counted against all the members. */
    public static boolean adopted(int membersTotal, int yes) {
        refuse(countProblems(membersTotal, YES, yes));
        return 2L * yes > membersTotal;
    }

    /** V-S9: whether a reconsideration (fuyi) vote is adopted: more than half of the members, as V-S2. */
    public static boolean reconsiderationAdopted(int membersTotal, int yes) {
        return adopted(membersTotal, yes);
    }

    /**
     * The outcome of one item at a meeting: without a quorum no decision is valid, whatever the
     * votes; otherwise adopted or not by V-S2. The votes in favour may not exceed those present.
     */
    public static VoteOutcome decide(int membersTotal, int present, int yes) {
        List<Problem> problems = countProblems(membersTotal, PRESENT, present);
        if (yes < 0) {
            problems.add(new Problem(YES, "selection.vote.error.negative"));
        } else if (present >= 0 && yes > present) {
            problems.add(new Problem(YES, "selection.vote.error.yes-above-present", List.of(yes, present)));
        }
        refuse(problems);
        if (!quorate(membersTotal, present)) {
            return VoteOutcome.NO_QUORUM;
        }
        return adopted(membersTotal, yes) ? VoteOutcome.ADOPTED : VoteOutcome.NOT_ADOPTED;
    }

    /** The smallest attendance that makes a quorum: ceil(2/3 of the members). */
    public static int quorum(int membersTotal) {
        refuse(countProblems(membersTotal, PRESENT, 0));
        return (2 * membersTotal + 2) / 3;
    }

    /** The fewest votes in favour that adopt an item: more than half of the members. */
    public static int majority(int membersTotal) {
        refuse(countProblems(membersTotal, YES, 0));
        return membersTotal / 2 + 1;
    }

    private static List<Problem> countProblems(int membersTotal, String field, int count) {
        List<Problem> problems = new ArrayList<>();
        if (membersTotal < 1) {
            problems.add(new Problem(TOTAL, "selection.vote.error.total"));
        }
        if (count < 0) {
            problems.add(new Problem(field, "selection.vote.error.negative"));
        } else if (membersTotal >= 1 && count > membersTotal) {
            problems.add(
                    new Problem(field, "selection.vote.error." + field + "-above-total", List.of(count, membersTotal)));
        }
        return problems;
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
