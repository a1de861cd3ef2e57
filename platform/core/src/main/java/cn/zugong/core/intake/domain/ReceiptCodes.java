package cn.zugong.core.intake.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Receipt codes. A code is derived from the submission key by the portal's key (HMAC), so the same
 * submission sent twice gets the same code back without the code ever being stored: only keyed
 * hashes of the code and of the key are kept. 16 characters of Crockford's base 32 (no I, L, O, U)
 * carry 80 bits: not guessable, also not by the limits' standard. Shown as {@code XXXX-XXXX-XXXX-XXXX};
 * typed in any case, with or without dashes and spaces, O read as 0 and I or L as 1.
 */
public final class ReceiptCodes {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 16;

    private final Hmac hmac;

    public ReceiptCodes(Hmac hmac) {
        this.hmac = hmac;
    }

    /** Whether a submission key looks like one the page makes: 32 hexadecimal digits. */
    public static boolean validKey(String key) {
        return key != null && key.matches("[0-9a-f]{32}");
    }

    /** The receipt code of a submission key, formatted. */
    public String code(String submissionKey) {
        byte[] mac = hmac.sign("receipt|" + submissionKey);
        StringBuilder code = new StringBuilder();
        int bit = 0;
        for (int c = 0; c < LENGTH; c++) {
            int value = 0;
            for (int b = 0; b < 5; b++, bit++) {
                value = (value << 1) | ((mac[bit / 8] >> (7 - bit % 8)) & 1);
            }
            if (c > 0 && c % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(value));
        }
        return code.toString();
    }

    /** The stored hash of a code as typed; empty when it cannot be a code. */
    public Optional<String> codeHash(String typed) {
        return normalize(typed).map(code -> hmac.signHex("code|" + code));
    }

    /** The stored hash of a submission key. */
    public String keyHash(String submissionKey) {
        return hmac.signHex("key|" + submissionKey);
    }

    static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder();
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            char read =
                    switch (c) {
                        case 'O' -> '0';
                        case 'I', 'L' -> '1';
                        default -> c;
                    };
            if (ALPHABET.indexOf(read) >= 0) {
                code.append(read);
            } else if (c != '-' && c != ' ') {
                return Optional.empty();
            }
        }
        return code.length() == LENGTH ? Optional.of(code.toString()) : Optional.empty();
    }
}
