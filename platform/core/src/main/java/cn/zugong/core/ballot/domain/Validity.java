package cn.zugong.core.ballot.domain;

/** How a ballot counts: valid, invalid (more marks than allowed, as on paper) or blank (no mark). */
public enum Validity {
    VALID,
    INVALID,
    BLANK
}
