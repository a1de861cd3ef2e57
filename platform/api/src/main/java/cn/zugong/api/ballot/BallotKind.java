package cn.zugong.api.ballot;

/**
 * What a ballot asks: a recommendation (minzhu tuijian) marks at most a number of names; an
 * evaluation (minzhu ceping) gives each person a {@link BallotGrade}.
 *
 * @since 1.3.0
 */
public enum BallotKind {
    RECOMMENDATION,
    EVALUATION
}
