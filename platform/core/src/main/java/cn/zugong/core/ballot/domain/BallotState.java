package cn.zugong.core.ballot.domain;

/** Draft (codes can be issued again), open (participants vote), closed (the result can be read). */
public enum BallotState {
    DRAFT,
    OPEN,
    CLOSED
}
