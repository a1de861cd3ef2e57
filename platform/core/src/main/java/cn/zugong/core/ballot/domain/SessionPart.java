package cn.zugong.core.ballot.domain;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The id of a numbered part of a session (a nominee's place, a paper entry's number). */
public class SessionPart implements Serializable {

    private UUID sessionId;
    private int number;

    protected SessionPart() {}

    public SessionPart(UUID sessionId, int number) {
        this.sessionId = sessionId;
        this.number = number;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionPart that && number == that.number && Objects.equals(sessionId, that.sessionId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sessionId, number);
    }
}
