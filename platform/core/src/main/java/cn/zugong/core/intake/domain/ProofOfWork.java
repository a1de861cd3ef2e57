package cn.zugong.core.intake.domain;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;

/**
 * A proof of work the sender's browser solves before a submission counts: the server signs a
 * challenge {@code v1.<issued>.<bits>.<nonce>.<mac>} and the browser looks for a number whose
 * SHA-256 of {@code <challenge>:<number>} starts with {@code bits} zero bits (2^bits hashes on
 * average; 18 bits take about a second in a phone's browser). Checking it costs the server one
 * HMAC and one SHA-256, and nothing is stored until it is solved: the challenge carries its own
 * issue time and difficulty under the signature. A solved challenge is spent ({@link UsedNonces}).
 */
public final class ProofOfWork {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Hmac hmac;
    private final int bits;
    private final Duration lifetime;
    private final Clock clock;
    private final UsedNonces used;

    public ProofOfWork(Hmac hmac, int bits, Duration lifetime, Clock clock) {
        if (bits < 1 || bits > 32) {
            throw new IllegalArgumentException("difficulty " + bits);
        }
        this.hmac = hmac;
        this.bits = bits;
        this.lifetime = lifetime;
        this.clock = clock;
        this.used = new UsedNonces(clock);
    }

    public int bits() {
        return bits;
    }

    /** A fresh challenge, signed. */
    public String issue() {
        byte[] nonce = new byte[12];
        RANDOM.nextBytes(nonce);
        String body = "v1." + clock.instant().getEpochSecond() + "." + bits + "."
                + HexFormat.of().formatHex(nonce);
        return body + "." + mac(body);
    }

    /** Checks a solution without spending the challenge. */
    public PowVerdict check(String challenge, String solution) {
        if (challenge == null || solution == null || challenge.length() > 120 || !solution.matches("\\d{1,12}")) {
            return challenge == null || challenge.length() > 120 ? PowVerdict.FORGED : PowVerdict.UNSOLVED;
        }
        String[] parts = challenge.split("\\.");
        if (parts.length != 5 || !parts[0].equals("v1")) {
            return PowVerdict.FORGED;
        }
        String body = challenge.substring(0, challenge.lastIndexOf('.'));
        if (!MessageDigest.isEqual(mac(body).getBytes(), parts[4].getBytes())) {
            return PowVerdict.FORGED;
        }
        long issued;
        int difficulty;
        try {
            issued = Long.parseLong(parts[1]);
            difficulty = Integer.parseInt(parts[2]);
        } catch (NumberFormatException e) {
            return PowVerdict.FORGED;
        }
        long now = clock.instant().getEpochSecond();
        if (now - issued > lifetime.toSeconds() || issued - now > 60) {
            return PowVerdict.EXPIRED;
        }
        return leadingZeroBits(Hmac.sha256(challenge + ":" + solution)) >= difficulty
                ? PowVerdict.SOLVED
                : PowVerdict.UNSOLVED;
    }

    /** Checks a solution and, when it is solved, spends the challenge. */
    public PowVerdict spend(String challenge, String solution) {
        PowVerdict verdict = check(challenge, solution);
        if (verdict != PowVerdict.SOLVED) {
            return verdict;
        }
        long issued = Long.parseLong(challenge.split("\\.")[1]);
        return used.spend(challenge, issued + lifetime.toSeconds()) ? PowVerdict.SOLVED : PowVerdict.USED;
    }

    /** Finds a solution the slow way, as the browser does (tests and the benchmark). */
    public static String solve(String challenge) {
        int difficulty = Integer.parseInt(challenge.split("\\.")[2]);
        for (long n = 0; ; n++) {
            if (leadingZeroBits(Hmac.sha256(challenge + ":" + n)) >= difficulty) {
                return Long.toString(n);
            }
        }
    }

    static int leadingZeroBits(byte[] hash) {
        int zeros = 0;
        for (byte b : hash) {
            if (b == 0) {
                zeros += 8;
                continue;
            }
            return zeros + Integer.numberOfLeadingZeros(b & 0xff) - 24;
        }
        return zeros;
    }

    private String mac(String body) {
        return HexFormat.of().formatHex(hmac.sign("pow|" + body), 0, 16);
    }
}
