package cn.zugong.core.ballot.domain;

/**
 * A session that does not exist or is not the caller's county's: the same answer for both, so
 * that an id of another county reveals nothing.
 */
public class BallotNotFoundException extends RuntimeException {

    public static final String KEY = "ballot.session.notFound";

    public BallotNotFoundException() {
        super(KEY);
    }
}
