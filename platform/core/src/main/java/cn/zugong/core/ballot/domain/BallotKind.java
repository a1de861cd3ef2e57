package cn.zugong.core.ballot.domain;

/**
 * What a ballot asks. A recommendation (minzhu tuijian) marks at most a number of names; an
 * evaluation (minzhu ceping) gives each person one of the four grades (DOMAIN 7.1).
 */
public enum BallotKind {
    RECOMMENDATION,
    EVALUATION
}
