package cn.zugong.core.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The rate limiter: a key's allowance per window, other keys untouched, a new window resets. */
class RateLimiterTest {

    private Instant now = Instant.parse("2026-12-07T10:00:00Z");

    private final Clock clock = new Clock() {
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        public Clock withZone(ZoneId zone) {
            return this;
        }

        public Instant instant() {
            return now;
        }
    };

    @Test
    void aKeyGetsItsAllowanceAndNoMoreInOneWindow() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1), clock);
        assertTrue(limiter.tryAcquire("10.0.0.1"));
        assertTrue(limiter.tryAcquire("10.0.0.1"));
        assertTrue(limiter.tryAcquire("10.0.0.1"));
        assertTrue(limiter.exhausted("10.0.0.1"));
        assertFalse(limiter.tryAcquire("10.0.0.1"));
    }

    @Test
    void anotherKeyIsNotSlowedDown() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), clock);
        assertTrue(limiter.tryAcquire("10.0.0.1"));
        assertFalse(limiter.tryAcquire("10.0.0.1"));
        assertTrue(limiter.tryAcquire("10.0.0.2"));
    }

    @Test
    void theNextWindowStartsAfresh() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1), clock);
        assertTrue(limiter.tryAcquire("k"));
        now = now.plusSeconds(59);
        assertFalse(limiter.tryAcquire("k"));
        now = now.plusSeconds(61);
        assertFalse(limiter.exhausted("k"));
        assertTrue(limiter.tryAcquire("k"));
    }
}
