package cn.zugong.core.ballot.application;

import cn.zugong.core.ballot.domain.BallotKind;
import java.util.List;

/**
 * What the public page shows for a code: the session's title, what it asks and the names on the
 * ballot, nothing else of the case or the cadres.
 */
public record BallotPaper(String title, BallotKind kind, int maxMarks, List<String> names) {

    public BallotPaper {
        names = List.copyOf(names);
    }
}
