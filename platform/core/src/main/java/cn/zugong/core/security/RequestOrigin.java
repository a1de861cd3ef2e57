package cn.zugong.core.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Where the request running on this thread comes from, as the audit trail records it: a hash of
 * the HTTP session id (never the id itself, which would let a reader of the trail take over the
 * session) and the client's address. Set by the web filter next to the user; either part may be
 * null (an API call without a session).
 *
 * @param sessionHash the first 16 hex digits of SHA-256 of the session id, or null
 * @param clientAddress the client's IP address as the server saw it, or null
 */
public record RequestOrigin(String sessionHash, String clientAddress) {

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();
    private static final int HASH_HEX_DIGITS = 16;

    /** The origin of a request with the given session id (null without a session) and address. */
    public static RequestOrigin of(String sessionId, String clientAddress) {
        return new RequestOrigin(sessionId == null ? null : hash(sessionId), clientAddress);
    }

    public static Optional<RequestOrigin> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    public static void set(RequestOrigin origin) {
        CURRENT.set(origin);
    }

    public static void clear() {
        CURRENT.remove();
    }

    private static String hash(String sessionId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(sessionId.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
