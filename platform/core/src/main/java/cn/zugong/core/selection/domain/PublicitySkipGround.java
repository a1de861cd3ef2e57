package cn.zugong.core.selection.domain;

/**
 * The grounds on which a case goes without the pre-appointment publicity (renqian gongshi), the
 * only ones the regulation allows (DOMAIN 4.1): the publicity applies to promotions to leadership
 * posts, except for special posts and for cadres already publicized during the general election's
 * inspection. Labels {@code selection.publicity.ground.<NAME>}.
 */
public enum PublicitySkipGround {
    /** A special post (teshu gangwei). */
    SPECIAL_POST,
    /** Publicized as an inspection target at the general election (huanjie); only in such a case. */
    PUBLICIZED_AT_ELECTION,
    /** The appointment is no promotion, which the publicity does not cover. */
    NOT_A_PROMOTION
}
