package cn.zugong.core.admin;

import java.security.SecureRandom;

/**
 * Temporary passwords: shown once to the person who set them, handed to the user, changed at the
 * user's next login (Keycloak's required action). Letters that are easy to misread (0 O 1 l I) are
 * left out, since the password is read off a screen and typed.
 */
final class TemporaryPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    private static final int LENGTH = 14;
    private static final SecureRandom RANDOM = new SecureRandom();

    private TemporaryPasswords() {}

    static String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
