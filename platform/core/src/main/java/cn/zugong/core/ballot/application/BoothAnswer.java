package cn.zugong.core.ballot.application;

import java.util.Optional;

/**
 * The ballot box's answer to a participant: the ballot to fill in (when opening), or the message
 * key of why not ({@code ballot.public.*}); a cast ballot answers with neither.
 */
public record BoothAnswer(Optional<BallotPaper> paper, Optional<String> refusal) {

    static BoothAnswer show(BallotPaper paper) {
        return new BoothAnswer(Optional.of(paper), Optional.empty());
    }

    static BoothAnswer refuse(String key) {
        return new BoothAnswer(Optional.empty(), Optional.of(key));
    }

    static BoothAnswer counted() {
        return new BoothAnswer(Optional.empty(), Optional.empty());
    }

    public boolean refused() {
        return refusal.isPresent();
    }
}
