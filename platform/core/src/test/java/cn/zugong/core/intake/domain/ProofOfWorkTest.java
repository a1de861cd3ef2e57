package cn.zugong.core.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The challenge the page's browser solves: solved once it is spent, a second use refused; an
 * altered, foreign, expired or unsolved one refused, each with its own verdict.
 */
class ProofOfWorkTest {

    private static final Hmac KEY = new Hmac("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:00:00Z"));
    private final ProofOfWork pow = new ProofOfWork(KEY, 8, Duration.ofMinutes(30), clock);

    @Test
    void aSolvedChallengeLetsOneSubmissionInAndIsRefusedTheSecondTime() {
        String challenge = pow.issue();
        String solution = ProofOfWork.solve(challenge);
        assertThat(pow.check(challenge, solution)).isEqualTo(PowVerdict.SOLVED);
        assertThat(pow.spend(challenge, solution)).isEqualTo(PowVerdict.SOLVED);
        assertThat(pow.spend(challenge, solution)).isEqualTo(PowVerdict.USED);
    }

    @Test
    void aWrongSolutionIsUnsolved() {
        String challenge = pow.issue();
        // With 8 bits one number in 256 solves it: find one that does not.
        long n = 0;
        while (ProofOfWork.leadingZeroBits(Hmac.sha256(challenge + ":" + n)) >= 8) {
            n++;
        }
        assertThat(pow.check(challenge, Long.toString(n))).isEqualTo(PowVerdict.UNSOLVED);
        assertThat(pow.check(challenge, "abc")).isEqualTo(PowVerdict.UNSOLVED);
    }

    @Test
    void aChallengeAlteredOrSignedWithAnotherKeyIsForged() {
        String challenge = pow.issue();
        String easier = challenge.replace(".8.", ".1.");
        assertThat(pow.check(easier, ProofOfWork.solve(easier))).isEqualTo(PowVerdict.FORGED);
        ProofOfWork other = new ProofOfWork(
                new Hmac("another key of thirty-two bytes!".getBytes(StandardCharsets.UTF_8)),
                8,
                Duration.ofMinutes(30),
                clock);
        String foreign = other.issue();
        assertThat(pow.check(foreign, ProofOfWork.solve(foreign))).isEqualTo(PowVerdict.FORGED);
        assertThat(pow.check(null, "1")).isEqualTo(PowVerdict.FORGED);
        assertThat(pow.check("v1.x", "1")).isEqualTo(PowVerdict.FORGED);
    }

    @Test
    void aChallengeExpiresAfterItsLifetime() {
        String challenge = pow.issue();
        String solution = ProofOfWork.solve(challenge);
        clock.advance(Duration.ofMinutes(29));
        assertThat(pow.check(challenge, solution)).isEqualTo(PowVerdict.SOLVED);
        clock.advance(Duration.ofMinutes(2));
        assertThat(pow.spend(challenge, solution)).isEqualTo(PowVerdict.EXPIRED);
    }

    @Test
    void theDifficultyIsTheNumberOfLeadingZeroBits() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0, 0x10, 1})).isEqualTo(19);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {(byte) 0x80})).isZero();
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 1})).isEqualTo(15);
        String challenge = pow.issue();
        assertThat(ProofOfWork.leadingZeroBits(Hmac.sha256(challenge + ":" + ProofOfWork.solve(challenge))))
                .isGreaterThanOrEqualTo(8);
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
