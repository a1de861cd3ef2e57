/**
 * Ballot sessions as the domain holds them: the {@link cn.zugong.core.ballot.domain.BallotSession}
 * aggregate, its nominees, codes (hashes only), cast ballots and paper entries, and the rules that
 * judge a ballot, compare two paper entries and count a result. Nothing here knows CDI or a
 * transaction.
 */
package cn.zugong.core.ballot.domain;
