package cn.zugong.core.ballot.domain;

/** The grades of an evaluation (youxiu, chenzhi, jiben chenzhi, bu chenzhi; DOMAIN 7.1). */
public enum Grade {
    EXCELLENT,
    COMPETENT,
    BASIC,
    INCOMPETENT
}
