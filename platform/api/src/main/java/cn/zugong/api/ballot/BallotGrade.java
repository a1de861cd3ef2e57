package cn.zugong.api.ballot;

/**
 * The grades of an evaluation: youxiu, chenzhi, jiben chenzhi, bu chenzhi.
 *
 * @since 1.3.0
 */
public enum BallotGrade {
    EXCELLENT,
    COMPETENT,
    BASIC,
    INCOMPETENT
}
