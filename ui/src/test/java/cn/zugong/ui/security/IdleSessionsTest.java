package cn.zugong.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdleSessionsTest {

    @Test
    void withoutThePropertyTheThirtyMinutesOfWebXmlHold() {
        assertThat(IdleSessions.timeout("wenjiang-officer", null, null)).isEmpty();
        assertThat(IdleSessions.timeout("wenjiang-officer", " ", "wenjiang-officer"))
                .isEmpty();
    }

    @Test
    void theSecondsApplyToEveryoneUnlessUsersAreListed() {
        assertThat(IdleSessions.timeout("wenjiang-officer", "10", null)).hasValue(10);
        assertThat(IdleSessions.timeout("wenjiang-officer", "10", "idle-tester, other"))
                .isEmpty();
        assertThat(IdleSessions.timeout("idle-tester", "10", "other, idle-tester"))
                .hasValue(10);
    }

    @Test
    void aVaadinSessionClosedAsIdleMarksItsHttpSessionAsEnded() {
        FakeHttpSession http = new FakeHttpSession();
        http.maxInactiveSeconds = 10;

        assertThat(IdleSessions.markIfIdle(http.session(), 1_000, 11_000)).isTrue();
        assertThat(http.attributes).containsKey(IdleSessions.ENDED);
    }

    @Test
    void aVaadinSessionEndingWithARecentRequestLeavesTheHttpSessionAlone() {
        FakeHttpSession http = new FakeHttpSession();
        http.maxInactiveSeconds = 10;

        assertThat(IdleSessions.markIfIdle(http.session(), 1_000, 10_999)).isFalse();
        assertThat(http.attributes).doesNotContainKey(IdleSessions.ENDED);
    }

    @Test
    void anHttpSessionAlreadyInvalidatedByTheContainerIsNoError() {
        FakeHttpSession http = new FakeHttpSession();
        http.invalid = true;

        assertThat(IdleSessions.markIfIdle(http.session(), 0, 1_000_000)).isFalse();
    }
}
