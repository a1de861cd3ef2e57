package cn.zugong.core.ballot.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The one-time codes handed out in the room: 12 characters of an alphabet without the characters
 * a reader confuses (0 O, 1 I L, U V), typed on a phone as printed (dashes and spaces ignored,
 * lower case accepted). 29 symbols to the 12th power is about 2^58.3: with the rate limits of the
 * public page, guessing a code of a 200-person session takes longer than any session runs.
 */
public final class BallotCodes {

    /** The symbols of a code, in no meaningful order. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    public static final int LENGTH = 12;

    private static final SecureRandom RANDOM = new SecureRandom();

    private BallotCodes() {}

    /** The bits of entropy of a code. */
    public static double entropyBits() {
        return LENGTH * Math.log(ALPHABET.length()) / Math.log(2);
    }

    /** A new code, from a cryptographically strong source. */
    public static String generate() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A code as typed, in its stored form, or empty if it cannot be a code. */
    public static Optional<String> normalize(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (code.length() != LENGTH || code.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** A code as printed: three groups of four. */
    public static String format(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }
}
